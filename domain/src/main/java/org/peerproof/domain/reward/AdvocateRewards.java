package org.peerproof.domain.reward;

import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the signed-in advocate has received and what the next tier would bring. */
@Service
public class AdvocateRewards {

    private final AdvocateSignUpService signUp;
    private final BenefitGrantRepository grants;
    private final TierRepository tiers;

    public AdvocateRewards(AdvocateSignUpService signUp, BenefitGrantRepository grants, TierRepository tiers) {
        this.signUp = signUp;
        this.grants = grants;
        this.tiers = tiers;
    }

    @Transactional
    public AdvocateRewardsView mine(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        var tier = advocate.getTier();
        // Rank 1 is the top; the tier above has the next lower rank.
        var nextTier = tier == null || tier.isPower() ? null : tiers.findByRank(tier.getRank() - 1).orElse(null);
        return new AdvocateRewardsView(
                grants.findByAdvocateIdOrderByOfferedAtDesc(advocate.getId()).stream()
                        .map(AdvocateRewardsView.GrantView::of).toList(),
                AdvocateRewardsView.TierView.of(tier), AdvocateRewardsView.TierView.of(nextTier));
    }
}
