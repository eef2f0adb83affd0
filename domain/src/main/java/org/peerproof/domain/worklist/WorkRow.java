package org.peerproof.domain.worklist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of work on the staff home.
 *
 * @param id      the record the work is on (request, advocate, recommitment or outbox message); for an expiring ask,
 *                its request, where the ask is followed up
 * @param subject who or what it is about (prospect company, advocate, mail recipient)
 * @param detail  what identifies it further (opportunity, company, tier), may be empty
 * @param type    what sort of thing it is (activity type of a request, template of a mail), or {@code null}
 * @param day     the day that makes it due (needed by, last check-in, recommitment due date), or {@code null}
 * @param at      the instant that makes it due (ask expiry, sign-up, mail created), or {@code null}
 */
public record WorkRow(Long id, String subject, String detail, Enum<?> type, LocalDate day, Instant at) {
}
