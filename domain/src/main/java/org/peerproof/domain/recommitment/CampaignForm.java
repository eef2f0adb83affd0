package org.peerproof.domain.recommitment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.peerproof.domain.shared.validation.NearToday;

/**
 * Whom a recommitment campaign goes to and by when they answer (a future day by the application clock, which
 * the service checks: {@code @Future} would read the system clock).
 *
 * @param advocateId for {@link Cohort#ADVOCATE}
 * @param tierId     for {@link Cohort#TIER}
 */
public record CampaignForm(@NotNull Cohort cohort, Long advocateId, Long tierId, @NotNull @NearToday LocalDate dueOn) {

    public enum Cohort {
        /** One advocate. */
        ADVOCATE,
        /** Every advocate in the program in one tier. */
        TIER,
        /** Every advocate in the program whose commitment year ends by the due date. */
        YEAR_ENDING
    }

    @AssertTrue(message = "{program.recommitment.cohortTarget}")
    public boolean isCohortTargetGiven() {
        return cohort == null || cohort == Cohort.YEAR_ENDING
                || cohort == Cohort.ADVOCATE && advocateId != null || cohort == Cohort.TIER && tierId != null;
    }
}
