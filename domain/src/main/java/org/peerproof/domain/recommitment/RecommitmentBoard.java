package org.peerproof.domain.recommitment;

import java.util.List;
import java.util.Map;

/** The campaign status board: how many recommitments are in each status, and the filtered list by due date. */
public record RecommitmentBoard(Map<RecommitmentStatus, Long> counts, List<RecommitmentRow> rows) {
}
