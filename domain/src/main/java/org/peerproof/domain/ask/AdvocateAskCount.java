package org.peerproof.domain.ask;

/** How many asks one advocate got in some period: a row of a grouped count. */
public record AdvocateAskCount(Long advocateId, long asks) {
}
