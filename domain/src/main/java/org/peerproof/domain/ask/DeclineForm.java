package org.peerproof.domain.ask;

import jakarta.validation.constraints.Size;

/** Why the advocate says no; optional. */
public record DeclineForm(@Size(max = 500) String reason) {
}
