package org.peerproof.domain.reward;

import java.util.List;

/**
 * What a newcomer needs before they are fully in the program: where they stand, what happens next, and every tier
 * with what it asks a year, which activities it includes and what it gives.
 *
 * @param startingTierName the tier they start in once approved; null when staff choose one for each person
 * @param tiers            the lightest tier first
 */
public record ProgramWelcome(Standing standing, String startingTierName, List<AdvocateRewardsView.TierView> tiers) {

    public enum Standing {
        /** A self sign-up staff have not reviewed yet. */
        UNDER_REVIEW,
        /** In the program, but staff have not placed them in a tier yet. */
        AWAITING_TIER
    }
}
