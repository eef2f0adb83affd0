package org.peerproof.domain.request;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.peerproof.domain.shared.validation.NearToday;
import java.util.Set;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.SingleLineText;
import org.peerproof.domain.shared.validation.MultiLineText;

/**
 * What sales fill in to ask for a reference (docs/domain.md, ReferenceRequest). Optional: products, use case, persona,
 * language, deal amount and notes. That the needed-by date is not in the past is checked against the
 * application clock by {@link ReferenceRequests#file}.
 */
public record RequestForm(
        @NotBlank @SingleLineText @Size(max = 64) String opportunityId,
        @NotBlank @SingleLineText @Size(max = 200) String prospectCompany,
        @NotNull Industry prospectIndustry,
        @NotNull SizeBand sizeBand,
        @NotNull Region region,
        @Size(max = 100) Set<Long> productIds,
        Long useCaseId,
        Persona preferredPersona,
        @SingleLineText @Size(max = 8) @Pattern(regexp = "[a-z]{2,3}") String languageCode,
        @NotNull DealStage dealStage,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal dealAmount,
        @NotNull ActivityTypeCode activityType,
        @NotNull @NearToday LocalDate neededBy,
        @MultiLineText @Size(max = 2000) String notes) {

    public RequestForm {
        opportunityId = Text.nfc(opportunityId);
        prospectCompany = Text.nfc(prospectCompany);
        languageCode = Text.nfc(languageCode);
        notes = Text.nfc(notes);
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
    }
}
