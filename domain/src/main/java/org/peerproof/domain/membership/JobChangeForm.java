package org.peerproof.domain.membership;

import jakarta.validation.constraints.Size;

/** "I moved to another company", optionally saying where. */
public record JobChangeForm(@Size(max = 200) String newCompanyName) {
}
