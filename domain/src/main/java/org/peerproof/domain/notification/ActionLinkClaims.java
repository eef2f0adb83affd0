package org.peerproof.domain.notification;

import java.time.Instant;

/**
 * What a verified action link allows: one action on one record for one advocate, until it expires.
 *
 * @param jti        the link's unique id; a used link's jti is stored, so it works once
 * @param purpose    the action
 * @param targetId   the record acted on (an ask, a recommitment, the advocate for unsubscribe)
 * @param advocateId the only advocate the link acts for
 * @param expiresAt  after this the link shows "expired" and does nothing
 */
public record ActionLinkClaims(String jti, ActionPurpose purpose, long targetId, long advocateId, Instant expiresAt) {
}
