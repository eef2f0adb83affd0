package org.peerproof.domain.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link MatchIndex}'s rows at one moment, by ascending advocate id, never changed once made: a ranking reads
 * one snapshot whatever refreshes meanwhile.
 *
 * @param askHorizon the rows hold the counted asks made from this instant on
 */
record IndexSnapshot(MatchRow[] rows, Instant askHorizon) {

    static IndexSnapshot of(Map<Long, MatchRow> rows, Instant askHorizon) {
        var sorted = rows.values().toArray(MatchRow[]::new);
        Arrays.sort(sorted, Comparator.comparingLong(MatchRow::id));
        return new IndexSnapshot(sorted, askHorizon);
    }

    /**
     * This snapshot with the rows {@code changes} cover replaced by {@code reloaded}, what was read again for them:
     * a covered advocate missing from it is no longer matchable.
     */
    IndexSnapshot with(IndexChanges changes, Map<Long, MatchRow> reloaded) {
        if (changes.isEverything()) {
            return of(reloaded, askHorizon);
        }
        var added = new TreeMap<>(reloaded).values().iterator();
        var next = added.hasNext() ? added.next() : null;
        var merged = new ArrayList<MatchRow>(rows.length + reloaded.size());
        for (var row : rows) {
            while (next != null && next.id() < row.id()) {
                merged.add(next);
                next = added.hasNext() ? added.next() : null;
            }
            if (next != null && next.id() == row.id()) {
                merged.add(next);
                next = added.hasNext() ? added.next() : null;
            } else if (!changes.covers(row)) {
                merged.add(row);
            }
        }
        while (next != null) {
            merged.add(next);
            next = added.hasNext() ? added.next() : null;
        }
        return new IndexSnapshot(merged.toArray(MatchRow[]::new), askHorizon);
    }
}
