package org.peerproof.domain.target;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Coverage vs targets (rule 8): counts who matches each target, the gap, and the nominations that would close it. */
public final class CoverageCalculator {

    private CoverageCalculator() {
    }

    /**
     * @param active          advocates who count toward coverage (active in the program)
     * @param openNominations nominees of NEW or INVITED nominations, by nomination id
     */
    public static TargetCoverage coverage(Long targetId, Long version, TargetCriteria criteria, String productName,
                                          int desiredCount, List<CoverageProfile> active,
                                          Map<Long, CoverageProfile> openNominations) {
        int covered = (int) active.stream().filter(criteria::matches).count();
        int gap = Math.max(0, desiredCount - covered);
        var nominees = openNominations.entrySet().stream()
                .filter(entry -> criteria.matches(entry.getValue()))
                .map(entry -> new TargetCoverage.Nominee(entry.getKey(), entry.getValue().advocateId(),
                        entry.getValue().name()))
                .sorted(Comparator.comparing(TargetCoverage.Nominee::nominationId))
                .toList();
        return new TargetCoverage(targetId, version, criteria, productName, desiredCount, covered, gap, nominees,
                gap > 0 && nominees.size() >= gap);
    }
}
