package org.peerproof.domain.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerproof.domain.calendar.Quarter;

/** Groups a history per calendar quarter; no database needed. (The commitment year: tier.CommitmentProgress.) */
public final class ActivityHistoryRules {

    private ActivityHistoryRules() {
    }

    /** Newest quarter first, activities within a quarter as given (newest first). */
    public static List<ActivityHistory.QuarterActivities> perQuarter(List<ActivityHistory.Entry> entries) {
        Map<Quarter, List<ActivityHistory.Entry>> byQuarter = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparing(ActivityHistory.Entry::occurredOn).reversed())
                .forEach(entry -> byQuarter.computeIfAbsent(Quarter.of(entry.occurredOn()), q -> new ArrayList<>())
                        .add(entry));
        return byQuarter.entrySet().stream()
                .map(quarter -> new ActivityHistory.QuarterActivities(quarter.getKey().toString(),
                        quarter.getValue().stream().mapToInt(ActivityHistory.Entry::effortWeight).sum(),
                        List.copyOf(quarter.getValue())))
                .toList();
    }
}
