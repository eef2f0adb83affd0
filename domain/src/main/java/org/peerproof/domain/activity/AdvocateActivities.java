package org.peerproof.domain.activity;

import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in advocate's own activity history and commitment progress. */
@Service
public class AdvocateActivities {

    private final AdvocateSignUpService signUp;
    private final ActivityRepository activities;

    public AdvocateActivities(AdvocateSignUpService signUp, ActivityRepository activities) {
        this.signUp = signUp;
        this.activities = activities;
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
        var commitment = tier == null || yearStartedOn == null ? null
                : new ActivityHistory.CommitmentProgress(yearStartedOn,
                ActivityHistoryRules.doneSince(entries, yearStartedOn), tier.getExpectedActivitiesPerYear());
        return new ActivityHistory(ActivityHistoryRules.perQuarter(entries), commitment);
    }
}
