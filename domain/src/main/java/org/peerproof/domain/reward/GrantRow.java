package org.peerproof.domain.reward;

import java.math.BigDecimal;
import java.time.Instant;

/** A grant as staff track it, with who approved it. */
public record GrantRow(Long id, Long advocateId, String advocateName, String benefitName, BenefitKind kind,
                       BigDecimal value, GrantStatus status, String approvedBy, Instant offeredAt) {

    static GrantRow of(BenefitGrant grant) {
        return new GrantRow(grant.getId(), grant.getAdvocate().getId(), grant.getAdvocate().getName(),
                grant.getBenefit().getName(), grant.getBenefit().getKind(), grant.getValue(), grant.getStatus(),
                grant.getApprovedBy(), grant.getOfferedAt());
    }
}
