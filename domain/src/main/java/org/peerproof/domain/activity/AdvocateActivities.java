package org.peerproof.domain.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.shared.ForeignPageCursorException;
import org.peerproof.domain.shared.PageCursor;
import org.peerproof.domain.tier.CommitmentProgress;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in advocate's own activity history and commitment progress. */
@Service
public class AdvocateActivities {


    private final AdvocateSignUpService signUp;
    private final ActivityRepository activities;
    private final Clock clock;

    public AdvocateActivities(AdvocateSignUpService signUp, ActivityRepository activities, Clock clock) {
        this.signUp = signUp;
        this.activities = activities;
        this.clock = clock;
    }

    /** The whole history, for the advocate's data export (rule 10). */
    @Transactional
    public ActivityHistory history(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        var entries = activities.findHistory(advocate.getId()).stream().map(AdvocateActivities::entry).toList();
        return new ActivityHistory(ActivityHistoryRules.perQuarter(entries),
                commitment(advocate, entries.stream().map(ActivityHistory.Entry::occurredOn).toList()));
    }

    /**
     * Up to {@code limit} activities after {@code after} (from the newest when empty), newest first, grouped per
     * quarter (issue 15). A quarter can continue on the next page; its total effort is always the whole quarter's.
     * The commitment reads only the last twelve months, all it can count.
     *
     * @throws ForeignPageCursorException for a cursor that is not one of this list
     */
    @Transactional
    public PageCursor.Paged<ActivityHistory> page(SignedInUser user, Optional<PageCursor> after, int limit) {
        PageCursor.checkLimit(limit);
        var advocate = signUp.advocateFor(user);
        var id = advocate.getId();
        var from = after.map(cursor -> cursor.read(1, parts -> LocalDate.parse(parts.getFirst())));
        var rows = activities.findHistoryPage(id, from.isEmpty(), from.orElse(LocalDate.EPOCH),
                after.map(PageCursor::id).orElse(0L), Limit.of(limit + 1));
        var commitment = commitment(advocate,
                activities.findDatesAfter(id, advocate.today(clock).minusYears(1)));
        return PageCursor.Page.of(rows, limit, activity -> PageCursor.of(activity.getId(), activity.getOccurredOn()))
                .map(AdvocateActivities::entry)
                .as(entries -> new ActivityHistory(
                        ActivityHistoryRules.perQuarter(entries, quarterTotals(id, entries)::get), commitment));
    }

    /** The whole effort of each quarter the entries fall in, summed by the database. */
    private Map<Quarter, Integer> quarterTotals(Long advocateId, List<ActivityHistory.Entry> newestFirst) {
        var totals = new HashMap<Quarter, Integer>();
        if (!newestFirst.isEmpty()) {
            activities.findDailyEffort(advocateId, Quarter.of(newestFirst.getLast().occurredOn()).firstDay(),
                            Quarter.of(newestFirst.getFirst().occurredOn()).lastDay())
                    .forEach(day -> totals.merge(Quarter.of(day.day()), day.effort().intValue(), Integer::sum));
        }
        return totals;
    }

    private static ActivityHistory.Entry entry(Activity activity) {
        return new ActivityHistory.Entry(activity.getOccurredOn(), activity.getType(), activity.getEffortWeight(),
                activity.getRequest() == null ? null : activity.getRequest().getProspectIndustry());
    }

    /** Null for an advocate without a tier or a start date. */
    private ActivityHistory.CommitmentProgress commitment(Advocate advocate, Collection<LocalDate> activityDates) {
        var yearStartedOn = advocate.getLastRecommittedOn() != null
                ? advocate.getLastRecommittedOn() : advocate.getJoinedOn();
        var tier = advocate.getTier();
        if (tier == null || yearStartedOn == null) {
            return null;
        }
        var progress = CommitmentProgress.of(yearStartedOn, advocate.today(clock),
                tier.getExpectedActivitiesPerYear(), activityDates);
        return new ActivityHistory.CommitmentProgress(progress.since(), progress.completed(), progress.expected());
    }
}
