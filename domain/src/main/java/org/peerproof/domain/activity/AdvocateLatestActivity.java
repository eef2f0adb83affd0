package org.peerproof.domain.activity;

import java.time.LocalDate;

/** One advocate's {@link LatestActivity}: a row of a query that reads it for many advocates at once. */
public record AdvocateLatestActivity(Long advocateId, LatestActivity latest) {

    /** The shape a JPQL constructor expression can fill. */
    public AdvocateLatestActivity(Long advocateId, LocalDate occurredOn, ActivityTypeCode type, boolean heavy) {
        this(advocateId, new LatestActivity(occurredOn, type, heavy));
    }
}
