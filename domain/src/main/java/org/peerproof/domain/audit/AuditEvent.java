package org.peerproof.domain.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.peerproof.domain.shared.BaseEntity;
import org.peerproof.domain.shared.RequestIds;

/** Who did what to which record, when and from where. Written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends BaseEntity {

    /** Keycloak username, or the name of the scheduled job. */
    @NotBlank
    @Size(max = 100)
    private String actor;

    @NotBlank
    @Size(max = 60)
    private String action;

    @NotBlank
    @Size(max = 60)
    private String entityType;

    @Size(max = 64)
    private String entityId;

    @Size(max = 4000)
    private String details;

    /** Client IP address or other origin (e.g. "scheduler"). */
    @Size(max = 100)
    private String origin;

    @NotNull
    private Instant occurredAt;

    /** The HTTP request that made the change (reliability R10); empty for scheduled jobs. */
    @Size(max = RequestIds.MAX_LENGTH)
    private String requestId;

    protected AuditEvent() {
    }

    public AuditEvent(String actor, String action, String entityType, String entityId, String details,
                      String origin, Instant occurredAt) {
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details;
        this.origin = origin;
        this.occurredAt = occurredAt;
        this.requestId = RequestIds.current().orElse(null);
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetails() {
        return details;
    }

    public String getOrigin() {
        return origin;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRequestId() {
        return requestId;
    }
}
