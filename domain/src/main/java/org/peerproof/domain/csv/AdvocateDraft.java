package org.peerproof.domain.csv;

import java.time.ZoneId;
import java.util.List;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.Persona;

/** A checked advocate row, ready to be written. Optional values are {@code null} or empty. */
public record AdvocateDraft(int row, String email, String name, String title, Persona persona, Long accountId,
                            List<String> languages, ZoneId timeZone, List<Long> productIds, List<Long> useCaseIds,
                            Long tierId, AdvocateStatus status) {
}
