package org.peerproof.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.peerproof.domain.shared.BaseEntity;

/** A used action link. Written once and never changed: its unique jti is what makes the link single-use. */
@Entity
@Table(name = "action_link_use")
public class ActionLinkUse extends BaseEntity {

    @NotBlank
    @Size(max = 36)
    private String jti;

    @NotNull
    @Column(length = 40)
    @Enumerated(EnumType.STRING)
    private ActionPurpose purpose;

    private long targetId;

    private long advocateId;

    @NotNull
    private Instant usedAt;

    protected ActionLinkUse() {
    }

    public ActionLinkUse(ActionLinkClaims link, Instant usedAt) {
        this.jti = link.jti();
        this.purpose = link.purpose();
        this.targetId = link.targetId();
        this.advocateId = link.advocateId();
        this.usedAt = usedAt;
    }

    public String getJti() {
        return jti;
    }

    public ActionPurpose getPurpose() {
        return purpose;
    }

    public long getTargetId() {
        return targetId;
    }

    public long getAdvocateId() {
        return advocateId;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
