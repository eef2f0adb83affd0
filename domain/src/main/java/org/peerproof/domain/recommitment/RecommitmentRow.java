package org.peerproof.domain.recommitment;

import java.time.Instant;
import java.time.LocalDate;

/** One recommitment on the campaign status board. */
public record RecommitmentRow(Long id, Long advocateId, String advocateName, String tierName,
                              RecommitmentStatus status, Instant sentAt, LocalDate dueOn,
                              boolean firstReminderSent, boolean finalReminderSent, Instant respondedAt) {

    static RecommitmentRow of(Recommitment recommitment) {
        var advocate = recommitment.getAdvocate();
        return new RecommitmentRow(recommitment.getId(), advocate.getId(), advocate.getName(),
                advocate.getTier() == null ? null : advocate.getTier().getName(), recommitment.getStatus(),
                recommitment.getSentAt(), recommitment.getDueOn(), recommitment.getFirstReminderSentAt() != null,
                recommitment.getFinalReminderSentAt() != null, recommitment.getRespondedAt());
    }
}
