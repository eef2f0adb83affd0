package org.peerproof.domain.shared;

import java.time.Instant;

/**
 * An entity whose row carries the time of its last change, so each node's caches can ask the database what changed
 * since they last looked (ADR 0004). Stamped with the application clock by an entity listener on every insert and
 * update, never by hand.
 */
public interface ChangeStamped {

    /** Records that the row is written at {@code at}. */
    void stampChange(Instant at);
}
