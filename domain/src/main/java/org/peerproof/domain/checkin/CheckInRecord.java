package org.peerproof.domain.checkin;

import java.time.LocalDate;
import org.peerproof.domain.account.RelationshipHealth;

/** A check-in held, as its history lists it. */
public record CheckInRecord(Long id, LocalDate heldOn, String owner, RelationshipHealth health, String notes,
                            String nextAsks) {

    static CheckInRecord of(CheckIn checkIn) {
        return new CheckInRecord(checkIn.getId(), checkIn.getHeldOn(), checkIn.getOwner(), checkIn.getHealth(),
                checkIn.getNotes(), checkIn.getNextAsks());
    }
}
