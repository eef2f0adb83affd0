package org.peerproof.domain.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    /** Unsent messages whose next attempt is due, oldest due first. */
    List<OutboxMessage> findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(Instant now, Limit limit);
}
