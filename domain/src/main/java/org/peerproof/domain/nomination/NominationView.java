package org.peerproof.domain.nomination;

import java.time.Instant;
import org.peerproof.domain.advocate.Persona;

/** A nomination as staff list it. {@code decidedBy}, {@code decidedAt} and {@code decisionNote} stay empty while it is new. */
public record NominationView(Long id, String nomineeName, String nomineeEmail, String nomineeTitle, Persona persona,
                             String company, String nominatedBy, String reason, NominationStatus status,
                             Instant createdAt, String decidedBy, Instant decidedAt, String decisionNote) {

    static NominationView of(Nomination nomination) {
        var nominee = nomination.getNominee();
        return new NominationView(nomination.getId(), nominee.getName(), nominee.getEmail(), nominee.getTitle(),
                nominee.getPersona(), nominee.getAccount() == null ? "" : nominee.getAccount().getCompanyName(),
                nomination.getNominatedBy(), nomination.getReason(), nomination.getStatus(), nomination.getCreatedAt(),
                nomination.getDecidedBy(), nomination.getDecidedAt(), nomination.getDecisionNote());
    }
}
