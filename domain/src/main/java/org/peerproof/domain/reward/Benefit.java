package org.peerproof.domain.reward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.peerproof.domain.shared.VersionedEntity;

/** An entry in the benefit catalog. */
@Entity
@Table(name = "benefit")
public class Benefit extends VersionedEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private BenefitKind kind;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 1000)
    private String description;

    /** Upper end of the value band (e.g. for gifts), in the program currency; null when not valued. */
    @PositiveOrZero
    @Column(precision = 12, scale = 2)
    private BigDecimal maxValue;

    /** Retired benefits stay for the grants that refer to them but are no longer offered. */
    private boolean active = true;

    protected Benefit() {
    }

    public Benefit(BenefitKind kind, String name, BigDecimal maxValue) {
        this.kind = kind;
        this.name = name;
        this.maxValue = maxValue;
    }

    public BenefitKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(BigDecimal maxValue) {
        this.maxValue = maxValue;
    }

    public boolean isActive() {
        return active;
    }

    public void retire() {
        this.active = false;
    }

    /** Staff edit the catalog entry; grants already made keep pointing at it. */
    public void redefine(BenefitKind kind, String name, String description, BigDecimal maxValue, boolean active) {
        this.kind = kind;
        this.name = name;
        this.description = description;
        this.maxValue = maxValue;
        this.active = active;
    }
}
