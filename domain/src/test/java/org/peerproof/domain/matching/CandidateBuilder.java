package org.peerproof.domain.matching;

import static org.peerproof.domain.activity.ActivityTypeCode.CASE_STUDY;
import static org.peerproof.domain.activity.ActivityTypeCode.REFERENCE_CALL_30;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.calendar.DateRange;

/**
 * Test data: an advocate who passes every clause of Rule 1, changed one aspect at a time. Public for the calendar
 * sweep, which builds candidates from dates it computes.
 */
public final class CandidateBuilder {

    private AdvocateStatus status = AdvocateStatus.ACTIVE;
    private Set<ActivityTypeCode> consentedTypes = Set.of(REFERENCE_CALL_30, CASE_STUDY);
    private Integer ownMaxAsksPerQuarter;
    private LocalDate pausedUntil;
    private final List<DateRange> blackouts = new ArrayList<>();
    private int asksThisQuarter;
    private LastCompletedActivity lastCompletedActivity;
    private int tierRank = 2;
    private Set<ActivityTypeCode> tierAllowedTypes = Set.of(REFERENCE_CALL_30, CASE_STUDY);

    public static CandidateBuilder eligible() {
        return new CandidateBuilder();
    }

    CandidateBuilder status(AdvocateStatus status) {
        this.status = status;
        return this;
    }

    CandidateBuilder consentedTypes(ActivityTypeCode... types) {
        this.consentedTypes = Set.of(types);
        return this;
    }

    CandidateBuilder ownMaxAsksPerQuarter(int ownMax) {
        this.ownMaxAsksPerQuarter = ownMax;
        return this;
    }

    CandidateBuilder pausedUntil(String date) {
        return pausedUntil(LocalDate.parse(date));
    }

    public CandidateBuilder pausedUntil(LocalDate lastPausedDay) {
        this.pausedUntil = lastPausedDay;
        return this;
    }

    CandidateBuilder blackout(String start, String end) {
        return blackout(new DateRange(LocalDate.parse(start), LocalDate.parse(end)));
    }

    public CandidateBuilder blackout(DateRange range) {
        blackouts.add(range);
        return this;
    }

    public CandidateBuilder asksThisQuarter(int asks) {
        this.asksThisQuarter = asks;
        return this;
    }

    CandidateBuilder lastActivity(String completedOn, boolean heavy) {
        return lastActivity(new LastCompletedActivity(LocalDate.parse(completedOn), heavy));
    }

    public CandidateBuilder lastActivity(LastCompletedActivity activity) {
        this.lastCompletedActivity = activity;
        return this;
    }

    public CandidateBuilder tierRank(int tierRank) {
        this.tierRank = tierRank;
        return this;
    }

    CandidateBuilder tierAllowedTypes(ActivityTypeCode... types) {
        this.tierAllowedTypes = Set.of(types);
        return this;
    }

    public EligibilityCandidate build() {
        return new EligibilityCandidate(status, consentedTypes, ownMaxAsksPerQuarter, pausedUntil, blackouts,
                asksThisQuarter, lastCompletedActivity, tierRank, tierAllowedTypes);
    }
}
