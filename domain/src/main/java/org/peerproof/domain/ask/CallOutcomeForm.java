package org.peerproof.domain.ask;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.peerproof.domain.shared.validation.NearToday;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.MultiLineText;

/**
 * What sales (or program staff) report after a reference call.
 *
 * @param callHappened     whether the call took place
 * @param occurredOn       the day of the call; required when it happened, never in the future
 * @param prospectFeedback what the prospect said, optional
 * @param prospectScore    the prospect's 0-10 rating of the reference (reference NPS), optional
 */
public record CallOutcomeForm(
        @NotNull Boolean callHappened,
        @NearToday LocalDate occurredOn,
        @MultiLineText @Size(max = 2000) String prospectFeedback,
        @Min(0) @Max(10) Integer prospectScore) {
    public CallOutcomeForm {
        prospectFeedback = Text.nfc(prospectFeedback);
    }
}
