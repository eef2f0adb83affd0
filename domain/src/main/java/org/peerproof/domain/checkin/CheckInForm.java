package org.peerproof.domain.checkin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.peerproof.domain.shared.validation.NearToday;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.MultiLineText;

/** A check-in as its owner records it: when, how the relationship is, notes and what to ask next. */
public record CheckInForm(
        @NotNull Long advocateId,
        @NotNull @NearToday LocalDate heldOn,
        @NotNull RelationshipHealth health,
        @MultiLineText @Size(max = 4000) String notes,
        @MultiLineText @Size(max = 2000) String nextAsks) {
    public CheckInForm {
        notes = Text.nfc(notes);
        nextAsks = Text.nfc(nextAsks);
    }
}
