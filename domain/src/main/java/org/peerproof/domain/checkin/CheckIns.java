package org.peerproof.domain.checkin;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.tier.Tier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Quarterly check-ins with Tier 1 advocates. Program managers and admins see everyone's list; a customer success
 * manager sees and records check-ins for the advocates at the accounts they own (the relationship owner).
 */
@Service
@Validated
public class CheckIns {

    static final String AUDIT_ENTITY = "CheckIn";

    private final CheckInRepository checkIns;
    private final AdvocateRepository advocates;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Clock clock;

    public CheckIns(CheckInRepository checkIns, AdvocateRepository advocates, EntityManager entityManager,
                    AuditTrail audit, Clock clock) {
        this.checkIns = checkIns;
        this.advocates = advocates;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** Tier 1 advocates in the program this user looks after, overdue first, then due, then done. */
    @Transactional(readOnly = true)
    public List<CheckInDue> dueList(SignedInUser user) {
        var owner = ownerScope(user);
        var advocatesInTierOne = entityManager.createQuery("""
                        select a from Advocate a join fetch a.tier t left join fetch a.account acc
                        where t.rank = :rank and a.status in :statuses
                          and (:owner is null or lower(acc.relationshipOwner) = :owner)""", Advocate.class)
                .setParameter("rank", Tier.POWER_RANK)
                .setParameter("statuses", List.of(AdvocateStatus.ACTIVE, AdvocateStatus.PAUSED))
                .setParameter("owner", owner)
                .getResultList();
        var lastHeld = lastHeld(advocatesInTierOne.stream().map(Advocate::getId).toList());
        return advocatesInTierOne.stream()
                .map(advocate -> {
                    var account = advocate.getAccount();
                    var last = lastHeld.get(advocate.getId());
                    return new CheckInDue(advocate.getId(), advocate.getName(),
                            account == null ? "" : account.getCompanyName(),
                            account == null ? null : account.getRelationshipOwner(), last,
                            CheckInSchedule.status(last, advocate.getJoinedOn(), advocate.today(clock)));
                })
                .sorted(Comparator.comparing(CheckInDue::status).thenComparing(CheckInDue::advocateName))
                .toList();
    }

    /** Records a check-in held by the signed-in staff member. */
    @Transactional
    public CheckInRecord record(SignedInUser user, @NotNull @Valid CheckInForm form) {
        var advocate = visibleAdvocate(user, form.advocateId());
        if (form.heldOn().isAfter(advocate.today(clock))) {
            throw new DomainRuleException("program.checkins.heldOn.inFuture");
        }
        var checkIn = new CheckIn(advocate, form.heldOn(), user.email(), form.health());
        checkIn.setNotes(blankToNull(form.notes()));
        checkIn.setNextAsks(blankToNull(form.nextAsks()));
        checkIns.save(checkIn);
        audit.record(user.email(), "check-in.recorded", AUDIT_ENTITY, checkIn.getId(),
                "advocate=" + advocate.getId() + ", heldOn=" + form.heldOn() + ", health=" + form.health());
        return CheckInRecord.of(checkIn);
    }

    /** An advocate's check-ins, newest first. */
    @Transactional(readOnly = true)
    public List<CheckInRecord> history(SignedInUser user, Long advocateId) {
        visibleAdvocate(user, advocateId);
        return checkIns.findByAdvocateIdOrderByHeldOnDesc(advocateId).stream().map(CheckInRecord::of).toList();
    }

    private Advocate visibleAdvocate(SignedInUser user, Long advocateId) {
        var owner = ownerScope(user);
        return advocates.findById(advocateId)
                .filter(found -> owner == null || found.getAccount() != null
                        && owner.equalsIgnoreCase(found.getAccount().getRelationshipOwner()))
                .orElseThrow(() -> new RecordNotFoundException("directory.advocate.notFound", advocateId));
    }

    private Map<Long, LocalDate> lastHeld(List<Long> advocateIds) {
        var last = new HashMap<Long, LocalDate>();
        if (advocateIds.isEmpty()) {
            return last;
        }
        entityManager.createQuery("""
                        select c.advocate.id, max(c.heldOn) from CheckIn c
                        where c.advocate.id in :ids group by c.advocate.id""", Object[].class)
                .setParameter("ids", advocateIds)
                .getResultList()
                .forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        return last;
    }

    /** Null for staff who see everyone; the lower-case email of a csm who sees their own accounts. */
    private static String ownerScope(SignedInUser user) {
        if (user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            return null;
        }
        if (user.hasRole(Roles.CSM) && user.email() != null) {
            return user.email().toLowerCase(Locale.ROOT);
        }
        throw new AccessDeniedException("Only customer success, program managers and admins hold check-ins");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
