package org.peerproof.domain.reward;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.tier.Tier;

/**
 * The advocate's benefit grants, their tier and the tier above.
 *
 * @param tier     empty before staff place the advocate in a tier
 * @param nextTier empty for Tier 1, the top
 */
public record AdvocateRewardsView(List<GrantView> grants, TierView tier, TierView nextTier) {

    public record GrantView(Long id, String benefitName, BenefitKind kind, GrantStatus status, BigDecimal value,
                            Instant offeredAt, Instant acceptedAt, Instant deliveredAt) {

        static GrantView of(BenefitGrant grant) {
            return new GrantView(grant.getId(), grant.getBenefit().getName(), grant.getBenefit().getKind(),
                    grant.getStatus(), grant.getValue(), grant.getOfferedAt(), grant.getAcceptedAt(),
                    grant.getDeliveredAt());
        }
    }

    public record TierView(String name, int rank, int expectedActivitiesPerYear,
                           Set<ActivityTypeCode> allowedActivityTypes, List<BenefitView> benefits) {

        static TierView of(Tier tier) {
            return tier == null ? null : new TierView(tier.getName(), tier.getRank(),
                    tier.getExpectedActivitiesPerYear(), Set.copyOf(tier.getAllowedActivityTypes()),
                    tier.getBenefits().stream().filter(Benefit::isActive)
                            .sorted(Comparator.comparing(Benefit::getName)).map(BenefitView::of).toList());
        }
    }

    public record BenefitView(String name, BenefitKind kind, String description, BigDecimal maxValue) {

        static BenefitView of(Benefit benefit) {
            return new BenefitView(benefit.getName(), benefit.getKind(), benefit.getDescription(),
                    benefit.getMaxValue());
        }
    }
}
