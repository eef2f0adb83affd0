package org.peerproof.domain.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.shared.VersionedEntity;

/** How an opportunity ended (or stands), and which asks influenced it: the basis of the call-to-close metric. */
@Entity
@Table(name = "deal_outcome")
public class DealOutcome extends VersionedEntity {

    @NotBlank
    @Size(max = 64)
    private String opportunityId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private DealResult result;

    @PositiveOrZero
    @Column(precision = 15, scale = 2)
    private BigDecimal amount;

    private LocalDate closeDate;

    @PositiveOrZero
    private Integer daysInCycle;

    @ManyToMany
    @JoinTable(name = "deal_outcome_ask",
            joinColumns = @JoinColumn(name = "deal_outcome_id"),
            inverseJoinColumns = @JoinColumn(name = "ask_id"))
    private Set<Ask> influencingAsks = new HashSet<>();

    protected DealOutcome() {
    }

    public DealOutcome(String opportunityId) {
        this.opportunityId = opportunityId;
        this.result = DealResult.OPEN;
    }

    public void close(DealResult result, BigDecimal amount, LocalDate closeDate, Integer daysInCycle) {
        this.result = result;
        this.amount = amount;
        this.closeDate = closeDate;
        this.daysInCycle = daysInCycle;
    }

    public void influencedBy(Ask ask) {
        influencingAsks.add(ask);
    }

    /** Replaces the influencing asks, e.g. when the outcome is recorded again after another call. */
    public void influencedOnlyBy(Collection<Ask> asks) {
        influencingAsks.clear();
        influencingAsks.addAll(asks);
    }

    public String getOpportunityId() {
        return opportunityId;
    }

    public DealResult getResult() {
        return result;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public Integer getDaysInCycle() {
        return daysInCycle;
    }

    public Set<Ask> getInfluencingAsks() {
        return influencingAsks;
    }
}
