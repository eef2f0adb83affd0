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

    /**
     * Does it, inside the transaction that also marks the link used, so both happen or neither.
     *
     * @return who acted, for the audit trail (the advocate's email)
     */
    String perform(ActionLinkClaims link);
}
