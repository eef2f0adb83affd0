package org.peerproof.domain.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    /** Messages in a status whose next attempt is due, oldest due first (the sender takes PENDING ones). */
    List<OutboxMessage> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(OutboxStatus status,
                                                                                         Instant now, Limit limit);

    /** Claims older than the lease: the node that took them stopped before marking them. */
    List<OutboxMessage> findByStatusAndClaimedAtBefore(OutboxStatus status, Instant claimedBefore);

    /** Held for the digest, per advocate in the order they were written. */
    List<OutboxMessage> findByStatusOrderByAdvocateIdAscCreatedAtAsc(OutboxStatus status);

    /** Staff's outbox list, newest first, optionally only some statuses. */
    Slice<OutboxMessage> findByStatusInOrderByCreatedAtDesc(Collection<OutboxStatus> statuses, Pageable page);

    List<OutboxMessage> findByRecipientOrderByCreatedAtAsc(String recipient);

    /** How many messages are in these states (the operations dashboard's backlog). */
    long countByStatusIn(Collection<OutboxStatus> statuses);

    /** When the oldest message in these states was written; empty when there is none. */
    @Query("select min(m.createdAt) from OutboxMessage m where m.status in :statuses")
    Optional<Instant> oldestCreatedAt(Collection<OutboxStatus> statuses);
}
