package org.peerproof.domain.target;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.matching.MatchIndex;
import org.peerproof.domain.nomination.Nomination;
import org.peerproof.domain.nomination.NominationStatus;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/** Program targets (desired coverage) and how the active advocates and open nominations cover them. */
@Service
@Validated
public class ProgramTargets {

    static final String AUDIT_ENTITY = "ProgramTarget";

    private final ProgramTargetRepository targets;
    private final ProductRepository products;
    private final AdvocateRepository advocates;
    private final MatchIndex matchIndex;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final TransactionTemplate reads;

    public ProgramTargets(ProgramTargetRepository targets, ProductRepository products, AdvocateRepository advocates,
                          MatchIndex matchIndex, EntityManager entityManager, AuditTrail audit,
                          PlatformTransactionManager transactions) {
        this.targets = targets;
        this.products = products;
        this.advocates = advocates;
        this.matchIndex = matchIndex;
        this.entityManager = entityManager;
        this.audit = audit;
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
    }

    /**
     * Every target with its coverage, biggest gap first. The active advocates come from the matching index, which
     * holds exactly the set coverage counts (active, at a reviewed account; a row it cannot read is left out, loudly,
     * as from ranking: docs/reliability.md R2) as compact rows (ADR 0004): at 100,000 advocates, loading them as
     * entities took seconds per view. The few open nominations are read as entities.
     */
    public List<TargetCoverage> coverage(SignedInUser user) {
        requireProgramManager(user);
        // Before the read-only transaction, not in it: the index catches up in a transaction of its own, which
        // inside ours would hold a second pooled connection per view open while it reads.
        var active = matchIndex.matchableAdvocates().stream()
                .map(advocate -> new CoverageProfile(advocate.id(), advocate.name(), advocate.industry(),
                        advocate.region(), advocate.productIds(), advocate.persona()))
                .toList();
        return reads.execute(status -> {
            var nominations = entityManager.createQuery("""
                            select n from Nomination n join fetch n.nominee a left join fetch a.account
                            where n.status in :open""", Nomination.class)
                    .setParameter("open", List.of(NominationStatus.NEW, NominationStatus.INVITED))
                    .getResultList();
            var nomineeProfiles = profiles(nominations.stream().map(Nomination::getNominee).toList()).stream()
                    .collect(Collectors.toMap(CoverageProfile::advocateId, profile -> profile));
            var open = new HashMap<Long, CoverageProfile>();
            nominations.forEach(nomination ->
                    open.put(nomination.getId(), nomineeProfiles.get(nomination.getNominee().getId())));
            return entityManager.createQuery("select t from ProgramTarget t left join fetch t.product",
                            ProgramTarget.class)
                    .getResultList().stream()
                    .map(target -> CoverageCalculator.coverage(target.getId(), target.getVersion(), new TargetCriteria(
                                    target.getIndustry(), target.getRegion(),
                                    target.getProduct() == null ? null : target.getProduct().getId(),
                                    target.getPersona()),
                            target.getProduct() == null ? null : target.getProduct().getName(),
                            target.getDesiredCount(), active, open))
                    .sorted((a, b) -> Integer.compare(b.gap(), a.gap()))
                    .toList();
        });
    }

    @Transactional
    public void save(SignedInUser user, @NotNull @Valid TargetForm form) {
        requireProgramManager(user);
        Product product = form.productId() == null ? null : products.findById(form.productId())
                .orElseThrow(() -> new RecordNotFoundException("program.targets.productNotFound", form.productId()));
        ProgramTarget target;
        if (form.id() == null) {
            target = new ProgramTarget(form.industry(), form.region(), product, form.persona(), form.desiredCount());
        } else {
            target = targets.findById(form.id())
                    .orElseThrow(() -> new RecordNotFoundException("program.targets.notFound", form.id()));
            if (!Objects.equals(target.getVersion(), form.version())) {
                throw new DomainConflictException("program.targets.changedMeanwhile");
            }
            target.redefine(form.industry(), form.region(), product, form.persona(), form.desiredCount());
        }
        targets.saveAndFlush(target);
        audit.record(user.email(), form.id() == null ? "target.created" : "target.updated", AUDIT_ENTITY,
                target.getId(), "industry=" + form.industry() + ", region=" + form.region() + ", product="
                        + form.productId() + ", persona=" + form.persona() + ", desired=" + form.desiredCount());
    }

    @Transactional
    public void delete(SignedInUser user, Long targetId) {
        requireProgramManager(user);
        var target = targets.findById(targetId)
                .orElseThrow(() -> new RecordNotFoundException("program.targets.notFound", targetId));
        targets.delete(target);
        audit.record(user.email(), "target.deleted", AUDIT_ENTITY, targetId, "desired=" + target.getDesiredCount());
    }

    /** Nominees' profiles with their products, read in one extra query for all of them. */
    private List<CoverageProfile> profiles(List<Advocate> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        var productsById = new HashMap<Long, HashSet<Long>>();
        advocates.fetchProductsUsed(people.stream().map(Advocate::getId).toList()).forEach(advocate ->
                productsById.put(advocate.getId(), advocate.getProductsUsed().stream().map(Product::getId)
                        .collect(Collectors.toCollection(HashSet::new))));
        return people.stream().map(advocate -> {
            var account = advocate.getAccount();
            return new CoverageProfile(advocate.getId(), advocate.getName(),
                    account == null ? null : account.getIndustry(), account == null ? null : account.getRegion(),
                    productsById.getOrDefault(advocate.getId(), new HashSet<>()), advocate.getPersona());
        }).toList();
    }

    private static void requireProgramManager(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins manage targets");
        }
    }
}
