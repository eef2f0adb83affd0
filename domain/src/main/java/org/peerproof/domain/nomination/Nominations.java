package org.peerproof.domain.nomination;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.StaffAccountView;
import org.peerproof.domain.account.VisibleAccounts;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Nominations: any staff member suggests a customer contact (the nominee becomes an Advocate record in status
 * NOMINATED); program managers and admins invite the nominee to sign up or reject the nomination. The nominator
 * follows their own nominations; program managers and admins see all.
 */
@Service
@Validated
public class Nominations {

    static final String AUDIT_ENTITY = "Nomination";
    static final List<NominationStatus> OPEN = List.of(NominationStatus.NEW, NominationStatus.INVITED);

    private final NominationRepository nominations;
    private final AdvocateRepository advocates;
    private final CustomerAccountRepository accounts;
    private final VisibleAccounts visibleAccounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Nominations(NominationRepository nominations, AdvocateRepository advocates,
                       CustomerAccountRepository accounts, VisibleAccounts visibleAccounts, AuditTrail audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.nominations = nominations;
        this.advocates = advocates;
        this.accounts = accounts;
        this.visibleAccounts = visibleAccounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The accounts the nomination form offers this staff member. */
    @Transactional(readOnly = true)
    public List<StaffAccountView> accounts(SignedInUser user) {
        return visibleAccounts.forNomination(staff(user));
    }

    /**
     * Creates the nominee (status NOMINATED, no sign-in yet) and a NEW nomination. Refused when anyone already has
     * that email (naming the existing record) or, unless the nominator confirmed otherwise, when someone of the same
     * name works at the account.
     *
     * @return the new nomination's id
     */
    @Transactional
    public Long nominate(SignedInUser user, @Valid NominationForm form) {
        staff(user);
        var email = form.email().strip();
        advocates.findByEmailIgnoreCase(email).ifPresent(existing -> {
            throw duplicateEmail(existing);
        });
        if (accounts(user).stream().noneMatch(account -> account.id().equals(form.accountId()))) {
            throw new RecordNotFoundException("nominations.account.notFound", form.accountId());
        }
        var account = accounts.findById(form.accountId()).orElseThrow();
        var name = form.name().strip();
        if (!form.notADuplicate()) {
            var sameName = advocates.findByAccountIdAndNameIgnoreCase(account.getId(), name);
            if (!sameName.isEmpty()) {
                throw new LikelyDuplicateException(sameName.getFirst().getName(), account.getCompanyName(),
                        sameName.getFirst().getStatus());
            }
        }
        var now = Instant.now(clock);
        // The nominee sets their own time zone when they complete their profile after signing up.
        var nominee = new Advocate(account, name, email, ZoneOffset.UTC, AdvocateStatus.NOMINATED, now);
        nominee.setTitle(blankToNull(form.title()));
        nominee.setPersona(form.persona());
        advocates.save(nominee);
        var nomination = nominations.save(new Nomination(nominee, user.email(), form.reason().strip(), now));
        audit.record(user.email(), "nomination.created", AUDIT_ENTITY, nomination.getId(),
                "advocateId=" + nominee.getId() + ", accountId=" + account.getId());
        return nomination.getId();
    }

    /** Program managers and admins see every nomination, other staff the ones they made. */
    @Transactional(readOnly = true)
    public List<NominationView> list(SignedInUser user, NominationStatus status) {
        staff(user);
        var nominatedBy = decides(user) ? null : user.email();
        return nominations.findListed(status, nominatedBy).stream().map(NominationView::of).toList();
    }

    /**
     * Invites the nominee to sign up: the nomination and the nominee become INVITED and {@link NominationInvited}
     * is published, so the invitation email is queued in this transaction.
     */
    @Transactional
    public void invite(SignedInUser user, Long nominationId) {
        var nomination = decidable(user, nominationId);
        if (nomination.getStatus() != NominationStatus.NEW) {
            throw new DomainConflictException("nominations.invite.notNew", nomination.getNominee().getName());
        }
        nomination.invite(user.email(), Instant.now(clock));
        nomination.getNominee().changeStatus(AdvocateStatus.INVITED);
        audit.record(user.email(), "nomination.invited", AUDIT_ENTITY, nomination.getId(), null);
        events.publishEvent(new NominationInvited(nomination.getId()));
    }

    /** Turns down a new or invited nomination with a reason the nominator can read. */
    @Transactional
    public void reject(SignedInUser user, Long nominationId, @Valid RejectionForm form) {
        var nomination = decidable(user, nominationId);
        if (!nomination.isOpen()) {
            throw new DomainConflictException("nominations.reject.notOpen", nomination.getNominee().getName());
        }
        nomination.reject(user.email(), form.reason().strip(), Instant.now(clock));
        audit.record(user.email(), "nomination.rejected", AUDIT_ENTITY, nomination.getId(), null);
    }

    private Nomination decidable(SignedInUser user, Long nominationId) {
        if (!decides(user)) {
            throw new AccessDeniedException("Only program managers and admins invite or reject nominees");
        }
        return nominations.findById(nominationId)
                .orElseThrow(() -> new RecordNotFoundException("nominations.notFound", nominationId));
    }

    /** Names the record that already has the email: its status, account and, while a nomination is open, who made it. */
    private DomainConflictException duplicateEmail(Advocate existing) {
        var company = existing.getAccount() == null ? "" : existing.getAccount().getCompanyName();
        Optional<Nomination> open = nominations.findByNomineeIdAndStatusIn(existing.getId(), OPEN).stream().findFirst();
        return open.<DomainConflictException>map(nomination -> new DomainConflictException(
                        "nominations.duplicate.nominated", existing.getName(), company, nomination.getNominatedBy(),
                        nomination.getStatus()))
                .orElseGet(() -> new DomainConflictException("nominations.duplicate.advocate", existing.getName(),
                        company, existing.getStatus()));
    }

    private static SignedInUser staff(SignedInUser user) {
        if (!user.hasAnyRole(Roles.SALES, Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN) || user.email() == null) {
            throw new AccessDeniedException("Only staff nominate advocates");
        }
        return user;
    }

    private static boolean decides(SignedInUser user) {
        return user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Someone of the same name already works at the account; the nominator may confirm it is another person. */
    public static class LikelyDuplicateException extends DomainRuleException {

        public LikelyDuplicateException(String existingName, String company, AdvocateStatus status) {
            super("nominations.duplicate.sameName", existingName, company, status);
        }
    }
}
