package org.peerproof.domain.checkin;

import java.time.LocalDate;

/** A Tier 1 advocate on the check-in list, with their relationship owner and latest check-in. */
public record CheckInDue(Long advocateId, String advocateName, String company, String owner, LocalDate lastHeldOn,
                         CheckInStatus status) {
}
