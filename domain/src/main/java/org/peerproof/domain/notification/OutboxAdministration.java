package org.peerproof.domain.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin outbox: program staff see what went out, what failed and what is uncertain, and send again. */
@Service
public class OutboxAdministration {

    static final String AUDIT_ENTITY = "OutboxMessage";
    static final String RETRIED = "outbox.retried";
    private static final int PAGE = 500;

    private final OutboxMessageRepository messages;
    private final AuditTrail audit;
    private final Clock clock;

    public OutboxAdministration(OutboxMessageRepository messages, AuditTrail audit, Clock clock) {
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest messages in these statuses (at most 500). */
    @Transactional(readOnly = true)
    public List<OutboxRow> list(SignedInUser user, Collection<OutboxStatus> statuses) {
        requireProgramStaff(user);
        return messages.findByStatusInOrderByCreatedAtDesc(statuses, PageRequest.of(0, PAGE)).stream()
                .map(OutboxRow::of).toList();
    }

    /** Back to PENDING, due now; for UNCERTAIN ones staff accept that the recipient may get it twice. */
    @Transactional
    public OutboxRow retry(SignedInUser user, Long messageId) {
        requireProgramStaff(user);
        var message = messages.findById(messageId)
                .orElseThrow(() -> new RecordNotFoundException("email.outbox.notFound", messageId));
        var previous = message.getStatus();
        message.retry(Instant.now(clock));
        audit.record(user.email(), RETRIED, AUDIT_ENTITY, message.getId(), "was " + previous);
        return OutboxRow.of(message);
    }

    private static void requireProgramStaff(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins see the outbox");
        }
    }
}
