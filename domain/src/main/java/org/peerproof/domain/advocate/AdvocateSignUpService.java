package org.peerproof.domain.advocate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.audit.AuditEvent;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connects a signed-in advocate to their Advocate record on first login. A record staff created
 * (a nomination) is claimed only through an email address the identity provider has verified;
 * otherwise the person gets a new, empty profile in the status the program settings choose.
 */
@Service
public class AdvocateSignUpService {

    /** The audit trail's entity type for advocate records. */
    public static final String AUDIT_ENTITY = "Advocate";
    static final String LINKED = "advocate.linked-on-first-login";
    static final String SIGNED_UP = "advocate.self-signed-up";

    private final AdvocateRepository advocates;
    private final ProgramSettingsRepository settings;
    private final AuditEventRepository audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AdvocateSignUpService(AdvocateRepository advocates, ProgramSettingsRepository settings,
                                 AuditEventRepository audit, ApplicationEventPublisher events, Clock clock) {
        this.advocates = advocates;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The advocate for this signed-in user, linking or creating the record on the first login. Every
     * advocate-scoped read and write starts here, so an advocate only ever reaches their own records.
     */
    @Transactional
    public Advocate advocateFor(SignedInUser identity) {
        if (!identity.hasRole(Roles.ADVOCATE)) {
            throw new AccessDeniedException("Only advocates have an advocate profile");
        }
        return advocates.findByKeycloakUserId(identity.userId())
                .orElseGet(() -> claimNominationOrSignUp(identity));
    }

    private Advocate claimNominationOrSignUp(SignedInUser identity) {
        var now = Instant.now(clock);
        if (identity.emailVerified() && identity.email() != null) {
            var nominated = advocates.findByEmailIgnoreCase(identity.email())
                    .filter(advocate -> advocate.getKeycloakUserId() == null);
            if (nominated.isPresent()) {
                var advocate = nominated.get();
                advocate.linkKeycloakUser(identity.userId());
                record(LINKED, advocate, identity, now);
                events.publishEvent(new AdvocateRecordClaimed(advocate.getId()));
                return advocate;
            }
        }
        return signUp(identity, now);
    }

    private Advocate signUp(SignedInUser identity, Instant now) {
        if (identity.email() == null || advocates.findByEmailIgnoreCase(identity.email()).isPresent()) {
            // Unverified address that already belongs to someone: the person must not take over that profile.
            throw new AdvocateEmailTakenException(identity.email());
        }
        var name = identity.name() == null || identity.name().isBlank() ? identity.email() : identity.name();
        var advocate = new Advocate(null, name, identity.email(), ZoneId.of("UTC"),
                settings.current().getSelfSignUpStatus(), now);
        advocate.linkKeycloakUser(identity.userId());
        advocate.markSelfSignedUp();
        advocate.setPreferredLocale(identity.locale() == null ? Locale.ENGLISH : identity.locale());
        var today = advocate.today(clock);
        if (advocate.getStatus() == AdvocateStatus.ACTIVE) {
            // Active at once: this is the day they join, as approval would otherwise make it.
            advocate.join(today);
        } else {
            // The review period of the profile (rule 9) runs from the day it was created; onboarding fills it in.
            advocate.profileReviewed(today);
        }
        try {
            advocates.saveAndFlush(advocate);
        } catch (DataIntegrityViolationException raced) {
            // A parallel first request from the same user created the record a moment earlier.
            return advocates.findByKeycloakUserId(identity.userId()).orElseThrow(() -> raced);
        }
        record(SIGNED_UP, advocate, identity, now);
        events.publishEvent(new AdvocateSignedUp(advocate.getId()));
        return advocate;
    }

    private void record(String action, Advocate advocate, SignedInUser identity, Instant now) {
        audit.save(new AuditEvent(identity.email(), action, AUDIT_ENTITY, String.valueOf(advocate.getId()),
                "keycloakUserId=" + identity.userId(), null, now));
    }
}
