package org.peerproof.app.demo;

import static org.peerproof.app.demo.DemoVocabulary.CSM;
import static org.peerproof.app.demo.DemoVocabulary.PROGRAM_MANAGER;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityType;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.BlackoutPeriod;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.calendar.BusinessDays;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.checkin.CheckIn;
import org.peerproof.domain.checkin.CheckInRepository;
import org.peerproof.domain.matching.BurnoutPolicy;
import org.peerproof.domain.outcome.DealOutcome;
import org.peerproof.domain.outcome.DealOutcomeRepository;
import org.peerproof.domain.outcome.DealResult;
import org.peerproof.domain.recommitment.Recommitment;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.settings.ProgramRules;
import org.springframework.stereotype.Component;

/**
 * Stages every {@link DemoCase} on purpose, relative to the generator's "now", for advocates created for it (never
 * the ones the random history already asked, so no staged ask changes a history the simulation checked against
 * rule 1). Dates are each advocate's own days, as rule 1 and rule 2 count them. The staged asks keep rule 1 with one
 * exception the calendar forces: when rule 2's rolling quarter is the calendar quarter (the last day of most quarters),
 * more than four asks in it are more than the cap of three; the advocate over the burnout threshold then shows what
 * rule 2 is there to catch, asks put around the cap.
 */
@Component
class DemoCaseStaging {

    private static final String OPPORTUNITY_PREFIX = "OPP-DEMO-CASE-";
    private static final ZoneId SALES_ZONE = ZoneOffset.UTC;
    private static final ActivityTypeCode CALL = ActivityTypeCode.REFERENCE_CALL_30;

    private final ReferenceRequestRepository requests;
    private final AskRepository asks;
    private final ActivityRepository activities;
    private final DealOutcomeRepository dealOutcomes;
    private final RecommitmentRepository recommitments;
    private final CheckInRepository checkIns;

    DemoCaseStaging(ReferenceRequestRepository requests, AskRepository asks, ActivityRepository activities,
                    DealOutcomeRepository dealOutcomes, RecommitmentRepository recommitments,
                    CheckInRepository checkIns) {
        this.requests = requests;
        this.asks = asks;
        this.activities = activities;
        this.dealOutcomes = dealOutcomes;
        this.recommitments = recommitments;
        this.checkIns = checkIns;
    }

    /** Creates a fresh, fully available advocate for one case: active, willing to take calls, no history. */
    @FunctionalInterface
    interface Casting {
        Advocate advocateFor(DemoCase demoCase, CustomerAccount account, int tierRank);
    }

    /** What staging reads from the generator's run. */
    record Stage(Instant now, ProgramRules rules, List<CustomerAccount> accounts,
                 Map<ActivityTypeCode, ActivityType> activityTypes, Casting casting) {
    }

    /** Stages every case; returns the advocates (ids) each one is shown with, empty for the request and deal cases. */
    Map<DemoCase, List<Long>> stageAll(Stage stage) {
        var run = new Run(stage);
        var staged = new EnumMap<DemoCase, List<Long>>(DemoCase.class);
        for (var demoCase : DemoCase.values()) {
            staged.put(demoCase, run.stage(demoCase));
        }
        return staged;
    }

    private final class Run {

        private final Stage stage;
        private final Instant now;
        private final LocalDate today;
        private int opportunitySequence;

        Run(Stage stage) {
            this.stage = stage;
            this.now = stage.now();
            this.today = LocalDate.ofInstant(now, SALES_ZONE);
        }

        List<Long> stage(DemoCase demoCase) {
            return switch (demoCase) {
                case BURNOUT_TOO_MANY_ASKS -> List.of(overAsked());
                case BURNOUT_DECLINE_STREAK -> List.of(decliningThreeInARow());
                case AT_QUARTERLY_CAP -> List.of(atCap(ZoneId.of("Asia/Tokyo")), atCap(ZoneId.of("America/Chicago")));
                case RESTING_AFTER_HEAVY_ACTIVITY -> List.of(restingAfterHeavyActivity());
                case IN_BLACKOUT_TODAY -> List.of(inBlackout());
                case PAUSED -> List.of(paused());
                case STALE_PROFILE -> List.of(staleProfile());
                case RECOMMITMENT_FIRST_REMINDER_DUE -> List.of(recommitmentDueIn(20, false));
                case RECOMMITMENT_FINAL_REMINDER_DUE -> List.of(recommitmentDueIn(5, true));
                case CHECK_IN_OVERDUE -> List.of(checkInOverdue());
                case ASK_ABOUT_TO_EXPIRE -> List.of(askAboutToExpire());
                case UNFULFILLED_REQUEST -> {
                    unfulfilledRequest();
                    yield List.of();
                }
                case WON_WITH_REFERENCE -> dealWithReference(DealResult.WON, 150);
                case LOST_WITH_REFERENCE -> dealWithReference(DealResult.LOST, 240);
                case WON_WITHOUT_REFERENCE -> {
                    dealWithoutReference(DealResult.WON, 90);
                    yield List.of();
                }
                case LOST_WITHOUT_REFERENCE -> {
                    dealWithoutReference(DealResult.LOST, 120);
                    yield List.of();
                }
            };
        }

        // ---- rule 2 ----------------------------------------------------------------------------

        /** Five asks in the rolling quarter, at most the cap per calendar quarter where the window spans two. */
        private Long overAsked() {
            var advocate = cast(DemoCase.BURNOUT_TOO_MANY_ASKS, 2);
            var zone = advocate.getTimeZone();
            var localToday = localToday(advocate);
            int asksToStage = stage.rules().burnoutAskThreshold() + 1;
            var window = BurnoutPolicy.rollingQuarterEndingOn(localToday);
            var quarterStart = Quarter.of(localToday).startInclusive(zone);
            var windowStart = window.start().atStartOfDay(zone).toInstant();
            int inPreviousQuarter = windowStart.isBefore(quarterStart)
                    ? Math.min(stage.rules().quarterlyAskCap() - 1, asksToStage) : 0;
            var times = new ArrayList<Instant>();
            times.addAll(spread(windowStart, quarterStart, inPreviousQuarter));
            times.addAll(spread(quarterStart, now, asksToStage - inPreviousQuarter));
            answerAll(advocate, times, AskStatus.ACCEPTED);
            return advocate.getId();
        }

        /** Three declines in a row after an earlier completed call, one ask a month or more apart. */
        private Long decliningThreeInARow() {
            var advocate = cast(DemoCase.BURNOUT_DECLINE_STREAK, 2);
            var localToday = localToday(advocate);
            putAsk(advocate, noon(localToday.minusDays(200), advocate), AskStatus.COMPLETED);
            for (int daysAgo : new int[] {100, 55, 10}) {
                putAsk(advocate, noon(localToday.minusDays(daysAgo), advocate), AskStatus.DECLINED);
            }
            return advocate.getId();
        }

        // ---- rule 1 ----------------------------------------------------------------------------

        /** The cap's asks in the advocate's own current quarter: declined, declined, accepted. */
        private Long atCap(ZoneId zone) {
            var advocate = cast(DemoCase.AT_QUARTERLY_CAP, 2);
            advocate.setTimeZone(zone);
            var quarterStart = Quarter.of(localToday(advocate)).startInclusive(zone);
            answerAll(advocate, spread(quarterStart, now, stage.rules().quarterlyAskCap()), AskStatus.ACCEPTED);
            return advocate.getId();
        }

        private Long restingAfterHeavyActivity() {
            var advocate = cast(DemoCase.RESTING_AFTER_HEAVY_ACTIVITY, 1);
            var heavy = stage.activityTypes().values().stream().filter(ActivityType::isHeavy)
                    .min(Comparator.comparing(ActivityType::getCode)).orElseThrow();
            // Past the ordinary rest, inside the heavy one: only the Tier 1 heavy rest holds them back.
            int daysAgo = (stage.rules().restDays() + stage.rules().heavyRestDays()) / 2;
            var day = localToday(advocate).minusDays(daysAgo);
            var activity = new Activity(advocate, heavy, day, PROGRAM_MANAGER, noon(day, advocate));
            activity.setNotes("Keynote at the user conference.");
            activities.save(activity);
            return advocate.getId();
        }

        private Long inBlackout() {
            var advocate = cast(DemoCase.IN_BLACKOUT_TODAY, 2);
            var localToday = localToday(advocate);
            advocate.getBlackouts().add(new BlackoutPeriod(localToday.minusDays(2), localToday.plusDays(12)));
            return advocate.getId();
        }

        private Long paused() {
            var advocate = cast(DemoCase.PAUSED, 2);
            advocate.pauseUntil(localToday(advocate).plusDays(30));
            return advocate.getId();
        }

        // ---- rules 9 and 6, check-ins --------------------------------------------------------

        private Long staleProfile() {
            var advocate = cast(DemoCase.STALE_PROFILE, 2);
            advocate.profileReviewed(today.minusMonths(stage.rules().profileReviewMonths()).minusDays(20));
            return advocate.getId();
        }

        /** An open campaign {@code daysLeft} days from its due date, the earlier reminder sent when it was due. */
        private Long recommitmentDueIn(int daysLeft, boolean firstReminderSent) {
            var demoCase = firstReminderSent ? DemoCase.RECOMMITMENT_FINAL_REMINDER_DUE
                    : DemoCase.RECOMMITMENT_FIRST_REMINDER_DUE;
            var advocate = cast(demoCase, 2);
            var dueOn = today.plusDays(daysLeft);
            advocate.recommitted(dueOn.minusMonths(stage.rules().recommitmentPeriodMonths()));
            var campaign = new Recommitment(advocate, now.minus(Duration.ofDays(45 - daysLeft)), dueOn);
            if (firstReminderSent) {
                campaign.firstReminderSent(now.minus(Duration.ofDays(30 - daysLeft)));
            }
            recommitments.save(campaign);
            return advocate.getId();
        }

        /** Tier 1, in the program all along, last checked in two quarters ago. */
        private Long checkInOverdue() {
            var advocate = cast(DemoCase.CHECK_IN_OVERDUE, 1);
            var quarter = Quarter.of(localToday(advocate));
            var checkIn = new CheckIn(advocate, quarter.previous().previous().firstDay().plusDays(20), CSM,
                    RelationshipHealth.AMBER);
            checkIn.setNotes("Quarterly check-in: budget freeze, fewer asks for now.");
            checkIns.save(checkIn);
            return advocate.getId();
        }

        // ---- asks and requests ---------------------------------------------------------------

        /**
         * A pending ask whose expiry (rule 4, business days in the sales zone) is the soonest one still more than an
         * hour away: within the reminder day on business days, on Monday when today is a Saturday.
         */
        private Long askAboutToExpire() {
            var advocate = cast(DemoCase.ASK_ABOUT_TO_EXPIRE, 2);
            var earliestExpiry = now.plus(Duration.ofHours(1));
            var step = Duration.ofMinutes(15);
            var askedAt = now.minus(step);
            for (int i = 0; i < 7 * 24 * 4 && expiry(askedAt.minus(step)).isAfter(earliestExpiry); i++) {
                askedAt = askedAt.minus(step);
            }
            putAsk(advocate, askedAt, AskStatus.PENDING);
            return advocate.getId();
        }

        private void unfulfilledRequest() {
            var request = fileRequest(now.minus(Duration.ofDays(30)));
            request.changeStatus(RequestStatus.UNFULFILLED);
        }

        /** A deal that closed after a completed reference call by an advocate staged for it. */
        private List<Long> dealWithReference(DealResult result, int callDaysAgo) {
            var demoCase = result == DealResult.WON ? DemoCase.WON_WITH_REFERENCE : DemoCase.LOST_WITH_REFERENCE;
            var advocate = cast(demoCase, 2);
            var callOn = localToday(advocate).minusDays(callDaysAgo);
            var ask = putAsk(advocate, noon(callOn, advocate), AskStatus.COMPLETED);
            close(ask.getRequest(), result, callOn.plusDays(40)).influencedBy(ask);
            return List.of(advocate.getId());
        }

        private void dealWithoutReference(DealResult result, int filedDaysAgo) {
            var request = fileRequest(now.minus(Duration.ofDays(filedDaysAgo)));
            request.changeStatus(RequestStatus.CANCELLED);
            close(request, result, today.minusDays(filedDaysAgo - 45L));
        }

        private DealOutcome close(ReferenceRequest request, DealResult result, LocalDate closeDate) {
            var filedOn = LocalDate.ofInstant(request.getCreatedAt(), SALES_ZONE);
            var outcome = new DealOutcome(request.getOpportunityId());
            outcome.close(result, request.getDealAmount(), closeDate,
                    (int) ChronoUnit.DAYS.between(filedOn.minusDays(30), closeDate));
            return dealOutcomes.save(outcome);
        }

        // ---- building blocks -----------------------------------------------------------------

        private Advocate cast(DemoCase demoCase, int tierRank) {
            var accounts = stage.accounts();
            var account = accounts.get((demoCase.ordinal() * 7) % accounts.size());
            return stage.casting().advocateFor(demoCase, account, tierRank);
        }

        /** Asks at {@code times}, oldest first: all declined but the newest, which ends as {@code newest}. */
        private void answerAll(Advocate advocate, List<Instant> times, AskStatus newest) {
            for (int i = 0; i < times.size(); i++) {
                var respondBy = i + 1 < times.size() ? times.get(i + 1) : now;
                putAsk(advocate, times.get(i), i + 1 < times.size() ? AskStatus.DECLINED : newest, respondBy);
            }
        }

        private Ask putAsk(Advocate advocate, Instant askedAt, AskStatus outcome) {
            return putAsk(advocate, askedAt, outcome, now);
        }

        /**
         * One request for a 30-minute call and its ask to {@code advocate}, ending in {@code outcome}; an answer comes halfway between the
         * ask and {@code respondBy} (never after now), a completed call two days after the answer.
         */
        private Ask putAsk(Advocate advocate, Instant askedAt, AskStatus outcome, Instant respondBy) {
            var request = fileRequest(askedAt.minus(Duration.ofHours(2)));
            var ask = asks.save(new Ask(request, advocate, askedAt, expiry(askedAt)));
            request.changeStatus(RequestStatus.ASKED);
            var respondedAt = askedAt.plus(Duration.between(askedAt, respondBy.isBefore(now) ? respondBy : now)
                    .dividedBy(2));
            switch (outcome) {
                case PENDING -> {
                    // waits for the advocate
                }
                case DECLINED -> {
                    ask.decline("Too busy this month", respondedAt);
                    request.changeStatus(RequestStatus.MATCHING);
                }
                case EXPIRED -> ask.expire();
                case WITHDRAWN -> ask.withdraw();
                case ACCEPTED -> {
                    ask.accept(respondedAt);
                    request.matched(respondedAt);
                    ask.schedule(now.plus(Duration.ofDays(3)));
                    ask.advocateBriefSent(respondedAt);
                }
                case COMPLETED -> complete(request, ask, respondedAt);
            }
            DemoDataGenerator.closeIfLongPastNeeded(request, LocalDate.ofInstant(now, SALES_ZONE));
            return ask;
        }

        private void complete(ReferenceRequest request, Ask ask, Instant acceptedAt) {
            ask.accept(acceptedAt);
            request.matched(acceptedAt);
            var callAt = acceptedAt.plus(Duration.ofDays(2));
            ask.schedule(callAt);
            ask.advocateBriefSent(acceptedAt);
            ask.prospectBriefSent(acceptedAt);
            ask.complete();
            ask.thankYouSent(callAt.plus(Duration.ofHours(4)));
            ask.recordFeedback(true, "Very relevant peer, answered every question.", 9);
            activities.save(Activity.fulfilling(ask, stage.activityTypes().get(request.getActivityType()),
                    LocalDate.ofInstant(callAt, SALES_ZONE), PROGRAM_MANAGER, callAt));
            request.fulfil(callAt);
        }

        private ReferenceRequest fileRequest(Instant createdAt) {
            var account = stage.accounts().get(opportunitySequence % stage.accounts().size());
            var number = ++opportunitySequence;
            var request = new ReferenceRequest(OPPORTUNITY_PREFIX + "%03d".formatted(number),
                    "Prospect Case %d".formatted(number), account.getIndustry(), account.getSizeBand(),
                    account.getRegion(), DealStage.EVALUATION, CALL,
                    LocalDate.ofInstant(createdAt, SALES_ZONE).plusDays(14), DemoVocabulary.SALES_REPS.getFirst(),
                    createdAt);
            request.setDealAmount(BigDecimal.valueOf(40_000L + number * 5_000L));
            request.setLanguageCode("en");
            return requests.save(request);
        }

        private Instant expiry(Instant askedAt) {
            return BusinessDays.add(askedAt, stage.rules().askExpiryBusinessDays(), SALES_ZONE);
        }

        /** Midday on the advocate's {@code day}; a minute ago when that is today and midday has not come yet. */
        private Instant noon(LocalDate day, Advocate advocate) {
            var noon = day.atTime(12, 0).atZone(advocate.getTimeZone()).toInstant();
            return noon.isBefore(now) ? noon : now.minusSeconds(60);
        }

        /** The advocate's own day at the generator's "now", the day rules 1 and 2 count in. */
        private LocalDate localToday(Advocate advocate) {
            return LocalDate.ofInstant(now, advocate.getTimeZone());
        }
    }

    /** {@code count} instants evenly inside {@code [from, until)}, oldest first; none if the span is empty. */
    static List<Instant> spread(Instant from, Instant until, int count) {
        var span = Duration.between(from, until);
        var times = new ArrayList<Instant>();
        if (count <= 0 || span.isNegative() || span.isZero()) {
            return times;
        }
        for (int i = 1; i <= count; i++) {
            times.add(from.plus(span.multipliedBy(i).dividedBy(count + 1)));
        }
        return times;
    }

}
