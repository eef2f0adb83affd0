package org.peerproof.domain.advocate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff review of self sign-ups: until a program manager approves one, the advocate cannot receive benefits (people
 * must not join for the gifts). Approving a sign-up still waiting as NOMINATED also lets the advocate join, an
 * advocate without a tier starts in the program settings' default tier for approved sign-ups, and a company the
 * advocate named in onboarding (shown in the review) is taken into the account list with them.
 */
@Service
public class SignUpReview {

    static final String APPROVED = "advocate.sign-up-approved";

    private final AdvocateRepository advocates;
    private final ProgramSettingsRepository settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SignUpReview(AdvocateRepository advocates, ProgramSettingsRepository settings, AuditTrail audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.advocates = advocates;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Self sign-ups staff have not reviewed yet, oldest first. */
    @Transactional(readOnly = true)
    public List<PendingSignUp> pending(SignedInUser user) {
        requireProgramManager(user);
        return advocates.findAwaitingSignUpReview().stream()
                .map(advocate -> new PendingSignUp(advocate.getId(), advocate.getName(), advocate.getEmail(),
                        advocate.getAccount() == null ? "" : advocate.getAccount().getCompanyName(),
                        advocate.getStatus(), advocate.getCreatedAt()))
                .toList();
    }

    @Transactional
    public void approve(SignedInUser user, Long advocateId) {
        requireProgramManager(user);
        var advocate = advocates.findById(advocateId)
                .orElseThrow(() -> new RecordNotFoundException("directory.advocate.notFound", advocateId));
        if (!advocate.isAwaitingSignUpReview()) {
            throw new DomainConflictException("program.signUps.notPending", advocate.getName());
        }
        var before = advocate.getStatus();
        advocate.signUpReviewed(user.email(), Instant.now(clock));
        if (before == AdvocateStatus.NOMINATED) {
            advocate.join(advocate.today(clock));
        }
        var company = advocate.getAccount();
        if (company != null && company.isPendingReview()) {
            // The company they named comes with the person: reviewed together, or matching never sees them.
            company.reviewed();
        }
        var defaultTier = settings.current().getDefaultSignUpTier();
        if (advocate.getTier() == null && defaultTier != null) {
            advocate.assignTier(defaultTier);
        }
        var tier = advocate.getTier();
        audit.record(user.email(), APPROVED, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                "status " + before + " -> " + advocate.getStatus() + ", tier=" + (tier == null ? "none" : tier.getName()));
        events.publishEvent(new SignUpApproved(advocate.getId(), tier == null ? null : tier.getId()));
    }

    private static void requireProgramManager(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins review sign-ups");
        }
    }

    /** A self sign-up waiting for review. */
    public record PendingSignUp(Long advocateId, String name, String email, String company, AdvocateStatus status,
                                Instant signedUpAt) {
    }
}
