package org.peerproof.domain.worklist;

import java.util.List;

/**
 * One kind of work for the signed-in staff member: how much there is and the most urgent of it.
 *
 * @param kind  what the work is
 * @param count how many records need it
 * @param first the most urgent of them, at most {@link StaffWorklist#FIRST_ROWS}
 */
public record WorkItem(WorkKind kind, long count, List<WorkRow> first) {

    public WorkItem {
        first = List.copyOf(first);
    }

    static WorkItem of(WorkKind kind, List<WorkRow> all) {
        return new WorkItem(kind, all.size(), all.stream().limit(StaffWorklist.FIRST_ROWS).toList());
    }
}
