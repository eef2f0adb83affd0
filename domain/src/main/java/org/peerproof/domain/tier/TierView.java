package org.peerproof.domain.tier;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.reward.Benefit;

/** A tier as the tiers page shows it, with the version to edit it against. */
public record TierView(Long id, Long version, String name, int rank, int expectedActivitiesPerYear,
                       Set<ActivityTypeCode> allowedActivityTypes, Set<Long> benefitIds, List<String> benefitNames,
                       boolean agreementRequired, boolean relationshipOwnerRequired) {

    static TierView of(Tier tier) {
        return new TierView(tier.getId(), tier.getVersion(), tier.getName(), tier.getRank(),
                tier.getExpectedActivitiesPerYear(), Set.copyOf(tier.getAllowedActivityTypes()),
                tier.getBenefits().stream().map(Benefit::getId).collect(Collectors.toSet()),
                tier.getBenefits().stream().map(Benefit::getName).sorted().toList(),
                tier.isAgreementRequired(), tier.isRelationshipOwnerRequired());
    }
}
