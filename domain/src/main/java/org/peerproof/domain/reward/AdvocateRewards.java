package org.peerproof.domain.reward;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.shared.ForeignPageCursorException;
import org.peerproof.domain.shared.PageCursor;
import org.springframework.data.domain.Limit;
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

    /** Every grant, for the advocate's data export (rule 10). */
    @Transactional
    public AdvocateRewardsView mine(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        return view(advocate, grants.findByAdvocateIdOrderByOfferedAtDesc(advocate.getId()).stream()
                .map(AdvocateRewardsView.GrantView::of).toList());
    }

    /**
     * Up to {@code limit} grants after {@code after} (from the newest when empty), newest first, with the tier and
     * the tier above on every page (issue 15).
     *
     * @throws ForeignPageCursorException for a cursor that is not one of this list
     */
    @Transactional
    public PageCursor.Paged<AdvocateRewardsView> page(SignedInUser user, Optional<PageCursor> after, int limit) {
        PageCursor.checkLimit(limit);
        var advocate = signUp.advocateFor(user);
        var from = after.map(cursor -> cursor.read(1, parts -> Instant.parse(parts.getFirst())));
        var rows = grants.findPage(advocate.getId(), from.isEmpty(), from.orElse(Instant.EPOCH),
                after.map(PageCursor::id).orElse(0L), Limit.of(limit + 1));
        return PageCursor.Page.of(rows, limit, grant -> PageCursor.of(grant.getId(), grant.getOfferedAt()))
                .map(AdvocateRewardsView.GrantView::of)
                .as(page -> view(advocate, page));
    }

    private AdvocateRewardsView view(Advocate advocate, List<AdvocateRewardsView.GrantView> grantViews) {
        var tier = advocate.getTier();
        // Rank 1 is the top; the tier above has the next lower rank.
        var nextTier = tier == null || tier.isPower() ? null : tiers.findByRank(tier.getRank() - 1).orElse(null);
        return new AdvocateRewardsView(grantViews, AdvocateRewardsView.TierView.of(tier),
                AdvocateRewardsView.TierView.of(nextTier));
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
