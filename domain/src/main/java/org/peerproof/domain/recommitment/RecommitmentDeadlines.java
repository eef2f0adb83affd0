package org.peerproof.domain.recommitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

/**
 * Rule 6 in dates: reminders 30 and 7 days before the due date, each sent once; no answer when the due date comes
 * and the advocate lapses. A campaign sent less than 30 days before its due date gets only the 7-day reminder.
 */
public final class RecommitmentDeadlines {

    public static final int FIRST_REMINDER_DAYS = 30;
    public static final int FINAL_REMINDER_DAYS = 7;

    private RecommitmentDeadlines() {
    }

    /** On or after the due date, an unanswered recommitment lapses. */
    public static boolean lapses(LocalDate dueOn, LocalDate today) {
        return !today.isBefore(dueOn);
    }

    /** Which reminder (days before the due date) is due today, if any. */
    public static OptionalInt reminderDue(LocalDate dueOn, LocalDate today, boolean firstSent, boolean finalSent) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        if (daysLeft <= 0) {
            return OptionalInt.empty();
        }
        if (daysLeft <= FINAL_REMINDER_DAYS) {
            return finalSent ? OptionalInt.empty() : OptionalInt.of(FINAL_REMINDER_DAYS);
        }
        if (daysLeft <= FIRST_REMINDER_DAYS) {
            return firstSent ? OptionalInt.empty() : OptionalInt.of(FIRST_REMINDER_DAYS);
        }
        return OptionalInt.empty();
    }
}
