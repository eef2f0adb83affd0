package org.peerproof.domain.ask;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.shared.ForeignPageCursorException;
import org.peerproof.domain.shared.PageCursor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in advocate's asks; every query is scoped to that advocate. */
@Service
public class AdvocateAsks {


    private final AdvocateSignUpService advocates;
    private final AskRepository asks;
    private final Clock clock;

    public AdvocateAsks(AdvocateSignUpService advocates, AskRepository asks, Clock clock) {
        this.advocates = advocates;
        this.asks = asks;
        this.clock = clock;
    }

    /**
     * Up to {@code limit} of the advocate's asks after {@code after} (from the start when empty) in the order of
     * {@link AdvocateAskList}: upcoming, open, earlier (issue 15). Each part of that order is read from the database
     * in keyset pages; the page holds the end of one part and the start of the next where it crosses, and its groups
     * hold what it has of each.
     *
     * @throws ForeignPageCursorException for a cursor that is not one of this list
     */
    // Not read-only: the first visit of a new advocate creates their record.
    @Transactional
    public PageCursor.Paged<AdvocateAskList> page(SignedInUser user, Optional<PageCursor> after, int limit) {
        PageCursor.checkLimit(limit);
        var advocate = advocates.advocateFor(user);
        var now = Instant.now(clock);
        var from = after.map(Position::of);
        var rows = new ArrayList<AdvocateAskView>();
        for (var part : Part.values()) {
            if (rows.size() > limit) {
                break;
            }
            if (from.isPresent() && part.compareTo(from.get().part()) < 0) {
                continue;
            }
            var position = from.filter(start -> start.part() == part);
            read(part, advocate.getId(), now, position, Limit.of(limit + 1 - rows.size())).stream()
                    .map(ask -> AdvocateAskView.of(ask).asOf(now))
                    .forEach(rows::add);
        }
        return PageCursor.Page.of(rows, limit, ask -> Position.after(ask).cursor())
                .as(page -> AdvocateAskList.of(page, now, advocate.getTimeZone().getId()));
    }

    /** How many asks wait for the advocate's answer now. */
    @Transactional
    public long countOpen(SignedInUser user) {
        return asks.countOpen(advocates.advocateFor(user).getId(), Instant.now(clock));
    }

    /** Empty when the ask does not exist or belongs to someone else: the two are indistinguishable on purpose. */
    @Transactional
    public Optional<AdvocateAskView> mine(SignedInUser user, Long askId) {
        return asks.findByIdAndAdvocateId(askId, advocates.advocateFor(user).getId()).map(AdvocateAskView::of);
    }

    private List<Ask> read(Part part, Long advocateId, Instant now, Optional<Position> after, Limit limit) {
        var fromStart = after.isEmpty();
        var at = after.map(Position::at).orElse(Instant.EPOCH);
        var neededBy = after.map(Position::neededBy).orElse(LocalDate.EPOCH);
        var id = after.map(Position::id).orElse(0L);
        return switch (part) {
            case SCHEDULED -> asks.findScheduledPage(advocateId, fromStart, at, neededBy, id, limit);
            case UNSCHEDULED -> asks.findUnscheduledPage(advocateId, fromStart, neededBy, id, limit);
            case OPEN -> asks.findOpenPage(advocateId, now, fromStart, at, id, limit);
            case EARLIER -> asks.findEarlierPage(advocateId, now, fromStart, at, id, limit);
        };
    }

    /** The parts of the order, each sorted by its own keys: upcoming is the scheduled, then the unscheduled. */
    private enum Part {
        SCHEDULED,
        UNSCHEDULED,
        OPEN,
        EARLIER
    }

    /**
     * Where a page ended: the part, that part's sort keys of the last ask (a time: agreed, expiring or last moved;
     * the needed-by date for upcoming ones) and its id.
     */
    private record Position(Part part, Instant at, LocalDate neededBy, long id) {

        static Position after(AdvocateAskView ask) {
            return switch (ask.status()) {
                case ACCEPTED -> ask.scheduledAt() == null
                        ? new Position(Part.UNSCHEDULED, Instant.EPOCH, ask.neededBy(), ask.id())
                        : new Position(Part.SCHEDULED, ask.scheduledAt(), ask.neededBy(), ask.id());
                case PENDING -> new Position(Part.OPEN, ask.expiresAt(), LocalDate.EPOCH, ask.id());
                default -> new Position(Part.EARLIER, ask.lastMovedAt(), LocalDate.EPOCH, ask.id());
            };
        }

        static Position of(PageCursor cursor) {
            return cursor.read(3, parts -> new Position(Part.valueOf(parts.get(0)), Instant.parse(parts.get(1)),
                    LocalDate.parse(parts.get(2)), cursor.id()));
        }

        PageCursor cursor() {
            return PageCursor.of(id, part, at, neededBy);
        }
    }
}
