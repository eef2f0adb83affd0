package org.peerproof.domain.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Informal activity logging: any staff member records a reference interaction that did not come from an ask (a
 * customer spoke at an event, posted a review...), so every interaction counts toward rest periods, tiers and
 * rewards like a formal one.
 */
@Service
@Validated
public class InformalActivities {

    static final String AUDIT_ENTITY = "Activity";
    static final String LOGGED = "activity.logged";

    private final ActivityRepository activities;
    private final ActivityTypeRepository types;
    private final AdvocateRepository advocates;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public InformalActivities(ActivityRepository activities, ActivityTypeRepository types, AdvocateRepository advocates,
                              AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.types = types;
        this.advocates = advocates;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Logs the activity on the advocate's history, with the type's current effort weight.
     *
     * @return the new activity's id
     */
    @Transactional
    public Long log(SignedInUser user, @NotNull @Valid ActivityLogForm form) {
        if (!user.hasAnyRole(Roles.SALES, Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN) || user.email() == null) {
            throw new AccessDeniedException("Only staff log activities");
        }
        var advocate = advocates.findById(form.advocateId())
                .orElseThrow(() -> new RecordNotFoundException("advocate.notFound", form.advocateId()));
        if (form.occurredOn().isAfter(advocate.today(clock))) {
            throw new DomainRuleException("activity.occurredOn.future");
        }
        var activity = new Activity(advocate, types.findById(form.activityType()).orElseThrow(), form.occurredOn(),
                user.email(), Instant.now(clock));
        activity.setOpportunityId(blankToNull(form.opportunityId()));
        activity.setNotes(blankToNull(form.notes()));
        var saved = activities.save(activity);
        audit.record(user.email(), LOGGED, AUDIT_ENTITY, saved.getId(), "advocate=" + advocate.getId());
        events.publishEvent(new ActivityCompleted(saved.getId()));
        return saved.getId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
