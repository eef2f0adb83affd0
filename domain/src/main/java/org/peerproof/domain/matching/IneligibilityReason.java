package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.calendar.DateRange;

/**
 * One failed clause of Rule 1, with a stable message key and the arguments its message needs.
 * {@link #messageArguments()} lists them in record-component order, i.e. {@code {0}, {1}, ...} in the bundle.
 * Arguments are raw values: the UI formats dates for the locale and translates enum constants before
 * substituting them.
 */
public sealed interface IneligibilityReason {

    /** Bundle key of the explanation, e.g. {@code eligibility.reason.resting}. */
    String messageKey();

    /** Values for the message's placeholders, in order. */
    List<Object> messageArguments();

    /** The advocate's status is not active. {@code {0}} status. */
    record NotActive(AdvocateStatus status) implements IneligibilityReason {
        public NotActive {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String messageKey() {
            return "eligibility.reason.notActive";
        }

        @Override
        public List<Object> messageArguments() {
            return List.of(status);
        }
    }

    /** The advocate has not consented to this activity type. {@code {0}} activity type. */
    record NoConsent(ActivityTypeCode activityType) implements IneligibilityReason {
        public NoConsent {
            Objects.requireNonNull(activityType, "activityType");
        }

        @Override
        public String messageKey() {
            return "eligibility.reason.noConsent";
        }

        @Override
        public List<Object> messageArguments() {
            return List.of(activityType);
        }
    }

    /** The advocate paused themselves through {@code {0}} pausedUntil (inclusive). */
    record Paused(LocalDate pausedUntil) implements IneligibilityReason {
        public Paused {
            Objects.requireNonNull(pausedUntil, "pausedUntil");
        }

        @Override
        public String messageKey() {
            return "eligibility.reason.paused";
        }

        @Override
        public List<Object> messageArguments() {
            return List.of(pausedUntil);
        }
    }

    /** A blackout covers the ask date. {@code {0}} first day, {@code {1}} last day of the blackout. */
    record InBlackout(DateRange blackout) implements IneligibilityReason {
        public InBlackout {
            Objects.requireNonNull(blackout, "blackout");
        }

        @Override
        public String messageKey() {
            return "eligibility.reason.blackout";
        }

        @Override
        public List<Object> messageArguments() {
            return List.of(blackout.start(), blackout.end());
        }
    }

    /**
     * The program's quarterly ask cap is reached. {@code {0}} cap, {@code {1}} asks this quarter,
     * {@code {2}} first day of the next quarter, when the count starts again.
     */
    record QuarterlyCapReached(int cap, int asksThisQuarter, LocalDate availableFrom) implements IneligibilityReason {
        public QuarterlyCapReached {
            Objects.requireNonNull(availableFrom, "availableFrom");
        }

        @Override
        public String messageKey() {
            return "eligibility.reason.quarterlyCap";
        }

        @Override
        public List<Object> messageArguments() {
            return List.of(cap, asksThisQuarter, availableFrom);
        }
    }

    /**
     * The advocate's own quarterly limit, lower than the program cap, is reached. {@code {0}} own limit,
     * {@code {1}} asks this quarter, {@code {2}} first day of the next quarter.
     */
    record OwnQuarterlyLimitReached(int ownLimit, int asksThisQuarter, LocalDate availableFrom)
            implements IneligibilityReason {
        public OwnQuarterlyLimitReached {
            Objects.requireNonNull(availableFrom, "availableFrom");
        }

        @Override
        public String messageKey() {
            return "eligibility.reason.ownQuarterlyLimit";
        }

        @Override
        public List<Object> messageArguments() {
            return List.of(ownLimit, asksThisQuarter, availableFrom);
        }
    }

    /**
     * The advocate is resting after a completed activity. {@code {0}} first day they can be asked again,
     * {@code {1}} length of the rest in days, {@code {2}} day of the last activity.
     */
    record Resting(LocalDate availableFrom, int restDays, LocalDate lastActivityOn) implements IneligibilityReason {
        public Resting {
            Objects.requireNonNull(availableFrom, "availableFrom");
            Objects.requireNonNull(lastActivityOn, "lastActivityOn");
        }

        static Resting from(RestPeriod rest) {
            return new Resting(rest.availableFrom(), rest.days(), rest.lastActivityOn());
        }

        @Override
        public String messageKey() {
            return "eligibility.reason.resting";
        }

        @Override
        public List<Object> messageArguments() {
            return List.of(availableFrom, restDays, lastActivityOn);
        }
    }

    /** The advocate's tier does not allow this activity type. {@code {0}} activity type, {@code {1}} tier rank. */
    record TierNotAllowed(ActivityTypeCode activityType, int tierRank) implements IneligibilityReason {
        public TierNotAllowed {
            Objects.requireNonNull(activityType, "activityType");
        }

        @Override
        public String messageKey() {
            return "eligibility.reason.tierNotAllowed";
        }

        @Override
        public List<Object> messageArguments() {
            return List.of(activityType, tierRank);
        }
    }
}
