package org.peerproof.domain.matching;

import java.time.LocalDate;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.LatestActivity;

/** One advocate's {@link LatestActivity}: a row of {@link EntityRankingQueries#findLatestOfEach}. */
public record AdvocateLatestActivity(Long advocateId, LatestActivity latest) {

    /** The shape a JPQL constructor expression can fill. */
    public AdvocateLatestActivity(Long advocateId, LocalDate occurredOn, ActivityTypeCode type, boolean heavy) {
        this(advocateId, new LatestActivity(occurredOn, type, heavy));
    }
}
