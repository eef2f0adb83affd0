package org.peerproof.domain.ask;

import jakarta.validation.constraints.Size;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.MultiLineText;

/** Why the advocate says no; optional. */
public record DeclineForm(@MultiLineText @Size(max = 500) String reason) {
    public DeclineForm {
        reason = Text.nfc(reason);
    }
}
