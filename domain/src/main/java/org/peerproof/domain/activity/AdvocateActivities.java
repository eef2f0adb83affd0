package org.peerproof.domain.activity;

import java.time.Clock;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.tier.CommitmentProgress;
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

    @Transactional
    public ActivityHistory history(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        var entries = activities.findHistory(advocate.getId()).stream()
                .map(activity -> new ActivityHistory.Entry(activity.getOccurredOn(), activity.getType(),
                        activity.getEffortWeight(),
                        activity.getRequest() == null ? null : activity.getRequest().getProspectIndustry()))
                .toList();
        var yearStartedOn = advocate.getLastRecommittedOn() != null
                ? advocate.getLastRecommittedOn() : advocate.getJoinedOn();
        var tier = advocate.getTier();
        CommitmentProgress progress = tier == null || yearStartedOn == null ? null
                : CommitmentProgress.of(yearStartedOn, advocate.today(clock), tier.getExpectedActivitiesPerYear(),
                entries.stream().map(ActivityHistory.Entry::occurredOn).toList());
        var commitment = progress == null ? null
                : new ActivityHistory.CommitmentProgress(progress.since(), progress.completed(), progress.expected());
        return new ActivityHistory(ActivityHistoryRules.perQuarter(entries), commitment);
    }
}
