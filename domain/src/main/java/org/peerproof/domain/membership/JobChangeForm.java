package org.peerproof.domain.membership;

import jakarta.validation.constraints.Size;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.SingleLineText;

/** "I moved to another company", optionally saying where. */
public record JobChangeForm(@SingleLineText @Size(max = 200) String newCompanyName) {
    public JobChangeForm {
        newCompanyName = Text.nfc(newCompanyName);
    }
}
