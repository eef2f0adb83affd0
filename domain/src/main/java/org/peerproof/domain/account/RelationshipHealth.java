package org.peerproof.domain.account;

/** Traffic-light health of a customer relationship, used for accounts and for tier-1 check-ins. */
public enum RelationshipHealth {
    GREEN,
    AMBER,
    RED
}
