package org.peerproof.domain.reward;

import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the signed-in advocate has received, what the next tier would bring, and for newcomers, the whole program. */
@Service
public class AdvocateRewards {

    private final AdvocateSignUpService signUp;
    private final BenefitGrantRepository grants;
    private final TierRepository tiers;
    private final ProgramSettingsRepository settings;

    public AdvocateRewards(AdvocateSignUpService signUp, BenefitGrantRepository grants, TierRepository tiers,
                           ProgramSettingsRepository settings) {
        this.signUp = signUp;
        this.grants = grants;
        this.tiers = tiers;
        this.settings = settings;
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

    /** The welcome for an advocate under review or not yet in a tier; empty once they are reviewed and placed. */
    @Transactional
    public Optional<ProgramWelcome> welcome(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        ProgramWelcome.Standing standing;
        if (advocate.isAwaitingSignUpReview()) {
            standing = ProgramWelcome.Standing.UNDER_REVIEW;
        } else if (advocate.getTier() == null) {
            standing = ProgramWelcome.Standing.AWAITING_TIER;
        } else {
            return Optional.empty();
        }
        var starting = advocate.getTier() != null ? advocate.getTier() : settings.current().getDefaultSignUpTier();
        return Optional.of(new ProgramWelcome(standing, starting == null ? null : starting.getName(),
                tiers.findAll(Sort.by(Sort.Direction.DESC, "rank")).stream()
                        .map(AdvocateRewardsView.TierView::of).toList()));
    }
}
