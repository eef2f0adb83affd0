package org.peerproof.domain.matching;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityType;
import org.peerproof.domain.advocate.ActivityConsent;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.shared.ChangeStamped;
import org.peerproof.domain.tier.Tier;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Keeps the {@link MatchIndex}es current (ADR 0004), on the entities ranking reads: stamps each written row with the
 * application clock, for the other nodes' polls, and tells this node's index which advocates the transaction
 * touched. Hibernate has Spring create it while the persistence unit starts, before the clock and the index exist,
 * so it looks them up when a write happens; without a clock bean (some test slices) the stamps are system time.
 */
public class MatchIndexListener {

    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<MatchIndex> index;

    public MatchIndexListener(ObjectProvider<Clock> clock, ObjectProvider<MatchIndex> index) {
        this.clock = clock;
        this.index = index;
    }

    @PrePersist
    @PreUpdate
    void stamp(Object entity) {
        if (entity instanceof ChangeStamped stamped) {
            stamped.stampChange(clock.getIfAvailable(Clock::systemUTC).instant());
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void record(Object entity) {
        var matchIndex = index.getIfAvailable();
        if (matchIndex == null) {
            return;
        }
        switch (entity) {
            case Advocate advocate -> matchIndex.advocateChanged(advocate.getId());
            case ActivityConsent consent -> matchIndex.advocateChanged(consent.getAdvocate().getId());
            case Ask ask -> matchIndex.advocateChanged(ask.getAdvocate().getId());
            case Activity activity -> matchIndex.advocateChanged(activity.getAdvocate().getId());
            case CustomerAccount account -> matchIndex.accountChanged(account.getId());
            // Every row's tier rank, allowed types or rest after a heavy activity depends on them.
            case Tier _, ActivityType _ -> matchIndex.programDataChanged();
            default -> throw new IllegalArgumentException("Ranking reads nothing of " + entity);
        }
    }
}
