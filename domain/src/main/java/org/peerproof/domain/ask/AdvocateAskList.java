package org.peerproof.domain.ask;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One advocate's asks in the order they need them: first what they agreed to and is still ahead (accepted, not yet
 * completed), soonest agreed time first and those still without a time after them; then the open asks, the one
 * expiring first on top; then the earlier ones, latest first.
 *
 * @param timeZone the advocate's own time zone (IANA id), in which times are shown to them
 */
public record AdvocateAskList(String timeZone, List<AdvocateAskView> upcoming, List<AdvocateAskView> open,
                              List<AdvocateAskView> earlier) {

    private static final Comparator<AdvocateAskView> UPCOMING = Comparator
            .comparing(AdvocateAskView::scheduledAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AdvocateAskView::neededBy)
            .thenComparing(AdvocateAskView::id);
    private static final Comparator<AdvocateAskView> OPEN = Comparator.comparing(AdvocateAskView::expiresAt)
            .thenComparing(AdvocateAskView::id);
    private static final Comparator<AdvocateAskView> EARLIER = Comparator.comparing(AdvocateAskView::lastMovedAt)
            .thenComparing(AdvocateAskView::id).reversed();

    public AdvocateAskList {
        upcoming = List.copyOf(upcoming);
        open = List.copyOf(open);
        earlier = List.copyOf(earlier);
    }

    /**
     * Sorts the asks at {@code now}: a pending ask whose answer-by time has passed is over, even before the expiry
     * job ran ({@link AdvocateAskView#asOf}). Given one page of the whole order ({@link AdvocateAsks#page}), the
     * groups hold that page's part of each.
     */
    public static AdvocateAskList of(List<AdvocateAskView> asks, Instant now, String timeZone) {
        var upcoming = new ArrayList<AdvocateAskView>();
        var open = new ArrayList<AdvocateAskView>();
        var earlier = new ArrayList<AdvocateAskView>();
        for (var each : asks) {
            var ask = each.asOf(now);
            switch (ask.status()) {
                case ACCEPTED -> upcoming.add(ask);
                case PENDING -> open.add(ask);
                default -> earlier.add(ask);
            }
        }
        upcoming.sort(UPCOMING);
        open.sort(OPEN);
        earlier.sort(EARLIER);
        return new AdvocateAskList(timeZone, upcoming, open, earlier);
    }
}
