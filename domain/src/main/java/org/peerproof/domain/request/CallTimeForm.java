package org.peerproof.domain.request;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The call time the request's owner agreed with an advocate who accepted.
 *
 * @param scheduledAt the instant of the call; not in the past
 */
public record CallTimeForm(@NotNull Instant scheduledAt) {
}
