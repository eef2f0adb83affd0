package org.peerproof.domain.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Positive;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.shared.VersionedEntity;

/**
 * Desired coverage, e.g. "5 healthcare advocates in APAC for product X". A null dimension means "any".
 */
@Entity
@Table(name = "program_target")
public class ProgramTarget extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Industry industry;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Persona persona;

    @Positive
    private int desiredCount;

    protected ProgramTarget() {
    }

    public ProgramTarget(Industry industry, Region region, Product product, Persona persona, int desiredCount) {
        this.industry = industry;
        this.region = region;
        this.product = product;
        this.persona = persona;
        this.desiredCount = desiredCount;
    }

    public Industry getIndustry() {
        return industry;
    }

    public Region getRegion() {
        return region;
    }

    public Product getProduct() {
        return product;
    }

    public Persona getPersona() {
        return persona;
    }

    public int getDesiredCount() {
        return desiredCount;
    }

    public void setDesiredCount(int desiredCount) {
        this.desiredCount = desiredCount;
    }

    public void redefine(Industry industry, Region region, Product product, Persona persona, int desiredCount) {
        this.industry = industry;
        this.region = region;
        this.product = product;
        this.persona = persona;
        this.desiredCount = desiredCount;
    }
}
