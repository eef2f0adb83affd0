package org.peerproof.domain.advocate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The signed-in advocate's pause, blackouts and working hours. "Today" is the advocate's own day, in their time
 * zone. A pause keeps the status ACTIVE: eligibility reads the paused-until date, so the pause ends by itself.
 */
@Service
@Validated
public class AdvocateAvailability {

    static final String UPDATED = "advocate.availability-updated";
    static final String BLACKOUT_ADDED = "advocate.blackout-added";
    static final String BLACKOUT_REMOVED = "advocate.blackout-removed";

    private final AdvocateSignUpService signUp;
    private final AuditTrail audit;
    private final Clock clock;

    public AdvocateAvailability(AdvocateSignUpService signUp, AuditTrail audit, Clock clock) {
        this.signUp = signUp;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AvailabilityView mine(SignedInUser user) {
        return viewOf(signUp.advocateFor(user));
    }

    /** Sets or ends the pause and sets or clears the working hours. */
    @Transactional
    public AvailabilityView update(SignedInUser user, @NotNull @Valid AvailabilityForm form) {
        var advocate = signUp.advocateFor(user);
        var today = today(advocate);
        if (form.pausedUntil() != null && form.pausedUntil().isBefore(today)) {
            throw new DomainRuleException("availability.pause.inPast", form.pausedUntil());
        }
        advocate.pauseUntil(form.pausedUntil());
        advocate.setWorkingHours(workingHours(form));
        audit.record(user.email(), UPDATED, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                "pausedUntil=" + form.pausedUntil() + ", workingHours=" + form.workingHoursStart() + "-"
                        + form.workingHoursEnd());
        return viewOf(advocate);
    }

    @Transactional
    public AvailabilityView addBlackout(SignedInUser user, @NotNull @Valid BlackoutForm form) {
        var advocate = signUp.advocateFor(user);
        if (form.endDate().isBefore(form.startDate())) {
            throw new DomainRuleException("availability.blackout.endBeforeStart", form.startDate(), form.endDate());
        }
        if (form.endDate().isBefore(today(advocate))) {
            throw new DomainRuleException("availability.blackout.inPast", form.endDate());
        }
        var added = new DateRange(form.startDate(), form.endDate());
        advocate.getBlackouts().stream()
                .filter(existing -> added.overlaps(new DateRange(existing.startDate(), existing.endDate())))
                .findFirst()
                .ifPresent(existing -> {
                    throw new DomainRuleException("availability.blackout.overlaps", existing.startDate(),
                            existing.endDate());
                });
        advocate.getBlackouts().add(new BlackoutPeriod(form.startDate(), form.endDate()));
        audit.record(user.email(), BLACKOUT_ADDED, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                form.startDate() + ".." + form.endDate());
        return viewOf(advocate);
    }

    /** Removes the blackout that starts on {@code startDate}. */
    @Transactional
    public AvailabilityView removeBlackout(SignedInUser user, @NotNull LocalDate startDate) {
        var advocate = signUp.advocateFor(user);
        var blackout = advocate.getBlackouts().stream()
                .filter(existing -> existing.startDate().equals(startDate))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("availability.blackout.notFound", startDate));
        advocate.getBlackouts().remove(blackout);
        audit.record(user.email(), BLACKOUT_REMOVED, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                blackout.startDate() + ".." + blackout.endDate());
        return viewOf(advocate);
    }

    private static WorkingHours workingHours(AvailabilityForm form) {
        if (form.workingHoursStart() == null && form.workingHoursEnd() == null) {
            return null;
        }
        if (form.workingHoursStart() == null || form.workingHoursEnd() == null
                || !form.workingHoursStart().isBefore(form.workingHoursEnd())) {
            throw new DomainRuleException("availability.workingHours.invalid", form.workingHoursStart(),
                    form.workingHoursEnd());
        }
        return new WorkingHours(form.workingHoursStart(), form.workingHoursEnd());
    }

    private AvailabilityView viewOf(Advocate advocate) {
        var hours = advocate.getWorkingHours();
        var pausedUntil = advocate.getPausedUntil();
        return new AvailabilityView(pausedUntil, pausedUntil != null && !today(advocate).isAfter(pausedUntil),
                advocate.getBlackouts().stream().sorted(Comparator.comparing(BlackoutPeriod::startDate)).toList(),
                hours == null ? null : hours.start(), hours == null ? null : hours.end(),
                advocate.getTimeZone().getId());
    }

    private LocalDate today(Advocate advocate) {
        return advocate.today(clock);
    }
}
