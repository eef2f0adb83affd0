package org.peerproof.domain.notification;

import java.util.List;

/**
 * Carries out one {@link ActionPurpose} for a verified link, for the advocate the link names and nobody else.
 * Implement it as a Spring bean to make a new kind of link work (e.g. recommitment confirm/decline); the
 * confirm page's texts are {@code email.action.<purpose code>.title/.explain/.done} with {@link #describe}'s args.
 */
public interface ActionLinkHandler {

    ActionPurpose purpose();

    /**
     * The arguments of the confirm page's explanation (e.g. the prospect's company). Reads only.
     *
     * @throws InvalidActionLinkException with NO_LONGER_POSSIBLE when the record has moved on
     */
    List<String> describe(ActionLinkClaims link);

    /** What the confirm page shows about the record besides the explanation (e.g. an ask's prospect). Reads only. */
    default List<MailModel.Fact> facts(ActionLinkClaims link) {
        return List.of();
    }

    /** Whether the confirm page offers an optional reason for {@link #perform(ActionLinkClaims, String)}. */
    default boolean takesReason() {
        return false;
    }

    /**
     * Does it, inside the transaction that also marks the link used, so both happen or neither.
     *
     * @return who acted, for the audit trail (the advocate's email)
     */
    String perform(ActionLinkClaims link);

    /** {@link #perform(ActionLinkClaims)} with the reason the person gave; only handlers that take one use it. */
    default String perform(ActionLinkClaims link, String reason) {
        return perform(link);
    }
}
