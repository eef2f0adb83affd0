package org.peerproof.domain.activity;

import java.time.LocalDate;
import java.util.List;
import org.peerproof.domain.account.Industry;

/**
 * What an advocate has done, newest quarter first, and how far along they are with their tier's yearly commitment.
 *
 * @param commitment empty for an advocate without a tier or a start date
 */
public record ActivityHistory(List<QuarterActivities> quarters, CommitmentProgress commitment) {

    /** @param quarter e.g. "2026-Q2" */
    public record QuarterActivities(String quarter, int totalEffort, List<Entry> activities) {
    }

    /** One activity; of the linked request only the prospect's industry, never the prospect. */
    public record Entry(LocalDate occurredOn, ActivityTypeCode type, int effortWeight, Industry prospectIndustry) {
    }

    /** Activities since the commitment year began vs. what the tier expects per year. */
    public record CommitmentProgress(LocalDate yearStartedOn, int done, int expected) {
    }
}
