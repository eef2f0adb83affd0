package org.peerproof.domain.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.peerproof.domain.calendar.Quarter;

/** Groups a history per calendar quarter; no database needed. (The commitment year: tier.CommitmentProgress.) */
public final class ActivityHistoryRules {

    private ActivityHistoryRules() {
    }

    /** Newest quarter first, activities within a quarter as given (newest first), each quarter's effort summed. */
    public static List<ActivityHistory.QuarterActivities> perQuarter(List<ActivityHistory.Entry> entries) {
        return perQuarter(entries, quarter -> entries.stream().filter(entry -> quarter.contains(entry.occurredOn()))
                .mapToInt(ActivityHistory.Entry::effortWeight).sum());
    }

    /**
     * Like {@link #perQuarter(List)} for some of the history (a page): a quarter's total effort is
     * {@code totalEffort}'s, which counts its activities on other pages too.
     */
    public static List<ActivityHistory.QuarterActivities> perQuarter(List<ActivityHistory.Entry> entries,
                                                                     ToIntFunction<Quarter> totalEffort) {
        Map<Quarter, List<ActivityHistory.Entry>> byQuarter = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparing(ActivityHistory.Entry::occurredOn).reversed())
                .forEach(entry -> byQuarter.computeIfAbsent(Quarter.of(entry.occurredOn()), q -> new ArrayList<>())
                        .add(entry));
        return byQuarter.entrySet().stream()
                .map(quarter -> new ActivityHistory.QuarterActivities(quarter.getKey().toString(),
                        totalEffort.applyAsInt(quarter.getKey()), List.copyOf(quarter.getValue())))
                .toList();
    }
}
