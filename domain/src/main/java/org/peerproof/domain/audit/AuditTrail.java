package org.peerproof.domain.audit;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Writes one {@link AuditEvent} per mutation, stamped with the application clock. */
@Component
public class AuditTrail {

    /** The actor of what the application does on its own, e.g. a scheduled job. */
    public static final String SYSTEM_ACTOR = "system";

    private final AuditEventRepository events;
    private final Clock clock;

    public AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param actor   who did it: the signed-in user's email, or a placeholder when that would be personal data
     * @param details what changed, never personal data of a withdrawn advocate; may be {@code null}
     */
    public void record(String actor, String action, String entityType, Long entityId, String details) {
        events.save(new AuditEvent(actor, action, entityType, String.valueOf(entityId), details, null,
                Instant.now(clock)));
    }
}
