package org.peerproof.domain.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.peerproof.domain.shared.validation.NearToday;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.SingleLineText;
import org.peerproof.domain.shared.validation.MultiLineText;

/** A reference interaction that happened outside an ask, as any staff member reports it. */
public record ActivityLogForm(
        @NotNull Long advocateId,
        @NotNull ActivityTypeCode activityType,
        @NotNull @NearToday LocalDate occurredOn,
        @SingleLineText @Size(max = 64) String opportunityId,
        @MultiLineText @Size(max = 2000) String notes) {
    public ActivityLogForm {
        opportunityId = Text.nfc(opportunityId);
        notes = Text.nfc(notes);
    }
}
