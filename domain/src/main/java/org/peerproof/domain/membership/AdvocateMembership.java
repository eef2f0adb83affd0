package org.peerproof.domain.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The signed-in advocate leaves: they changed jobs (rule 9) or withdraw from the program (rule 10). */
@Service
@Validated
public class AdvocateMembership {

    static final String LEFT_COMPANY = "advocate.left-company";
    static final String WITHDRAWN = "advocate.withdrawn";

    private final AdvocateSignUpService signUp;
    private final AskRepository asks;
    private final AuditTrail audit;

    public AdvocateMembership(AdvocateSignUpService signUp, AskRepository asks, AuditTrail audit) {
        this.signUp = signUp;
        this.asks = asks;
        this.audit = audit;
    }

    /** Out of matching at once (status LEFT_COMPANY); staff follow up with the new company, if named. */
    @Transactional
    public void reportJobChange(SignedInUser user, @NotNull @Valid JobChangeForm form) {
        var advocate = signUp.advocateFor(user);
        var newCompany = form.newCompanyName() == null || form.newCompanyName().isBlank()
                ? null : form.newCompanyName().strip();
        advocate.leftCompany(newCompany);
        int withdrawn = withdrawPendingAsks(advocate);
        audit.record(user.email(), LEFT_COMPANY, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                "newCompanyNamed=" + (newCompany != null) + ", pendingAsksWithdrawn=" + withdrawn);
    }

    /**
     * Anonymises the profile and leaves the program for good. Asks, activities and grants stay for the metrics,
     * now pointing at an anonymous record; the Keycloak account is unlinked, so a later sign-in starts afresh.
     */
    @Transactional
    public void withdraw(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        int withdrawn = withdrawPendingAsks(advocate);
        // .invalid never resolves (RFC 2606), and the id keeps the required unique address unique.
        advocate.withdrawAndAnonymise("Withdrawn advocate",
                "withdrawn-" + advocate.getId() + "@withdrawn.invalid");
        // The actor is the record, not the person: the audit trail must not keep what was just removed.
        audit.record("advocate#" + advocate.getId(), WITHDRAWN, AdvocateSignUpService.AUDIT_ENTITY,
                advocate.getId(), "pendingAsksWithdrawn=" + withdrawn);
    }

    private int withdrawPendingAsks(Advocate advocate) {
        var pending = asks.findByAdvocateIdAndStatus(advocate.getId(), AskStatus.PENDING);
        pending.forEach(Ask::withdraw);
        return pending.size();
    }
}
