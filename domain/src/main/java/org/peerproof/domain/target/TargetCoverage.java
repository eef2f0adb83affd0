package org.peerproof.domain.target;

import java.util.List;

/**
 * How well one target is covered: active advocates who match it, the gap to the desired count, and the open
 * nominations that match it (and whether they would close the gap if they all joined).
 */
public record TargetCoverage(Long targetId, Long version, TargetCriteria criteria, String productName,
                             int desiredCount, int covered, int gap, List<Nominee> openNominations,
                             boolean nominationsCloseGap) {

    /** A nomination that would count toward the target once the nominee joins. */
    public record Nominee(Long nominationId, Long advocateId, String name) {
    }

    public boolean met() {
        return gap == 0;
    }
}
