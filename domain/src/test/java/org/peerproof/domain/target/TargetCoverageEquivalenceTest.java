package org.peerproof.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.matching.EntityRankingQueries;
import org.peerproof.domain.matching.MatchIndex;
import org.peerproof.domain.matching.MatchableAdvocate;
import org.peerproof.domain.nomination.Nomination;
import org.peerproof.domain.nomination.NominationRepository;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15, ADR 0004: coverage counted over the matching index is what it was when every matchable advocate was
 * loaded as an entity ({@link #coverageFromEntities}), on a generated program committed to MariaDB, and it follows
 * writes committed after the first count (through {@code MatchIndexListener}): an advocate paused or active again,
 * their products or persona changed, their account moved or reviewed, a new advocate. No background poll runs
 * ({@code peerproof.jobs.enabled=false}): this node's own commits must reach the next count by themselves.
 */
@MariaDbJpaTest
@Import({ProgramTargets.class, MatchIndex.class, AuditTrail.class, TargetCoverageEquivalenceTest.Setup.class})
@TestPropertySource(properties = "peerproof.jobs.enabled=false")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class TargetCoverageEquivalenceTest {

    static final Instant NOW = Instant.parse("2026-05-13T12:00:00Z");
    static final SignedInUser PROGRAM_MANAGER = new SignedInUser("kc-pm", "pm@peerproof.test", true,
            "Program Manager", Locale.ENGLISH, Set.of(Roles.PROGRAM_MANAGER));
    static final List<Industry> INDUSTRIES = List.of(Industry.HEALTHCARE, Industry.RETAIL, Industry.SOFTWARE_SAAS);
    static final List<Region> REGIONS = List.of(Region.EMEA, Region.APAC, Region.NORTH_AMERICA);
    static final List<Persona> PERSONAS = List.of(Persona.IT, Persona.EXECUTIVE, Persona.FINANCE);

    @TestConfiguration
    static class Setup {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired ProgramTargets targets;
    @Autowired MatchIndex index;
    @Autowired EntityRankingQueries rankingQueries;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired ProductRepository products;
    @Autowired NominationRepository nominations;
    @Autowired ProgramTargetRepository targetRepository;
    @Autowired TransactionTemplate transactions;

    private List<Product> catalog;

    @BeforeEach
    void aGeneratedProgramWithTargetsInEveryCombination() {
        transactions.executeWithoutResult(status -> generate(new Random(15)));
    }

    @Test
    void coverageFromTheIndexIsCoverageFromEntitiesAndFollowsCommittedWrites() {
        var first = targets.coverage(PROGRAM_MANAGER);
        assertSameAsEntities(first, "the generated program");
        assertThat(first).extracting(TargetCoverage::covered).as("targets that count someone").filteredOn(n -> n > 0)
                .hasSizeGreaterThan(first.size() / 2);
        assertThat(first).as("nominations that would close a gap").anyMatch(TargetCoverage::nominationsCloseGap);

        var changes = new LinkedHashMap<String, Runnable>();
        changes.put("an active advocate paused", () -> matchableAt(0).changeStatus(AdvocateStatus.PAUSED));
        changes.put("a paused advocate active again", () -> advocates.findAll().stream()
                .filter(advocate -> advocate.getStatus() == AdvocateStatus.PAUSED
                        && !advocate.getAccount().isPendingReview())
                .findFirst().orElseThrow().changeStatus(AdvocateStatus.ACTIVE));
        changes.put("an advocate's products changed", () -> {
            var advocate = rankingQueries.findMatchable().stream()
                    .filter(found -> found.getProductsUsed().contains(catalog.getFirst())).findFirst().orElseThrow();
            advocate.getProductsUsed().clear();
            advocate.getProductsUsed().add(catalog.getLast());
        });
        changes.put("an advocate's persona changed", () -> rankingQueries.findMatchable().stream()
                .filter(advocate -> advocate.getPersona() == Persona.IT).findFirst().orElseThrow().setPersona(null));
        changes.put("an account moved to another region", () -> {
            var account = matchableAt(1).getAccount();
            account.setRegion(REGIONS.get((REGIONS.indexOf(account.getRegion()) + 1) % REGIONS.size()));
        });
        changes.put("an account reviewed", () -> advocates.findAll().stream()
                .filter(advocate -> advocate.getStatus() == AdvocateStatus.ACTIVE
                        && advocate.getAccount().isPendingReview())
                .findFirst().orElseThrow().getAccount().reviewed());
        changes.put("a new advocate", () -> {
            var advocate = new Advocate(matchableAt(2).getAccount(), "Newly Joined", "newly-joined@example.com",
                    ZoneOffset.UTC, AdvocateStatus.NOMINATED, NOW);
            advocate.join(LocalDate.ofInstant(NOW, ZoneOffset.UTC));
            advocate.setPersona(Persona.IT);
            advocate.getProductsUsed().add(catalog.getFirst());
            advocates.save(advocate);
        });
        var previous = first;
        for (var change : changes.entrySet()) {
            transactions.executeWithoutResult(status -> change.getValue().run());
            var next = targets.coverage(PROGRAM_MANAGER);
            assertThat(next).as("after %s, coverage changed", change.getKey()).isNotEqualTo(previous);
            assertSameAsEntities(next, "after " + change.getKey());
            previous = next;
        }
    }

    private void assertSameAsEntities(List<TargetCoverage> coverage, String when) {
        assertThat(index.matchableAdvocates()).as("matchable advocates, %s", when)
                .isEqualTo(matchableFromEntities());
        // The targets' order is the database's among equal gaps, on both paths.
        assertThat(coverage).as("coverage, %s", when).containsExactlyInAnyOrderElementsOf(coverageFromEntities())
                .isSortedAccordingTo(Comparator.comparingInt(TargetCoverage::gap).reversed());
    }

    /** The matchable advocate with that place by id, loaded as an entity; call in a transaction. */
    private Advocate matchableAt(int place) {
        return rankingQueries.findMatchable().stream().sorted(Comparator.comparing(Advocate::getId)).toList()
                .get(place);
    }

    private List<MatchableAdvocate> matchableFromEntities() {
        return coverageProfiles().stream().map(profile -> new MatchableAdvocate(profile.advocateId(), profile.name(),
                profile.industry(), profile.region(), profile.productIds(), profile.persona())).toList();
    }

    /**
     * Coverage as {@link ProgramTargets} counted it before ADR 0004: the matchable advocates loaded as entities with
     * their products, and the open nominations.
     */
    private List<TargetCoverage> coverageFromEntities() {
        var active = coverageProfiles();
        return transactions.execute(status -> {
            var open = nominations.findAll().stream().filter(Nomination::isOpen).toList();
            var nominees = profiles(open.stream().map(Nomination::getNominee).toList()).stream()
                    .collect(Collectors.toMap(CoverageProfile::advocateId, profile -> profile));
            var openById = new HashMap<Long, CoverageProfile>();
            open.forEach(nomination -> openById.put(nomination.getId(), nominees.get(nomination.getNominee().getId())));
            return targetRepository.findAll().stream().map(target -> CoverageCalculator.coverage(target.getId(),
                    target.getVersion(), new TargetCriteria(target.getIndustry(), target.getRegion(),
                            target.getProduct() == null ? null : target.getProduct().getId(), target.getPersona()),
                    target.getProduct() == null ? null : target.getProduct().getName(), target.getDesiredCount(),
                    active, openById)).toList();
        });
    }

    /** The matchable advocates loaded as entities, by ascending id. */
    private List<CoverageProfile> coverageProfiles() {
        return transactions.execute(status -> profiles(rankingQueries.findMatchable().stream()
                .sorted(Comparator.comparing(Advocate::getId)).toList()));
    }

    private List<CoverageProfile> profiles(List<Advocate> people) {
        var productsById = new HashMap<Long, Set<Long>>();
        if (!people.isEmpty()) {
            advocates.fetchProductsUsed(people.stream().map(Advocate::getId).toList()).forEach(advocate ->
                    productsById.put(advocate.getId(), advocate.getProductsUsed().stream().map(Product::getId)
                            .collect(Collectors.toSet())));
        }
        return people.stream().map(advocate -> new CoverageProfile(advocate.getId(), advocate.getName(),
                advocate.getAccount().getIndustry(), advocate.getAccount().getRegion(),
                productsById.getOrDefault(advocate.getId(), Set.of()), advocate.getPersona())).toList();
    }

    /**
     * 240 advocates of every status at 12 accounts (3 awaiting review), with personas and products; 20 nominations,
     * some open; a target for every combination of industry, region, product and persona.
     */
    private void generate(Random random) {
        catalog = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            catalog.add(products.save(new Product("Coverage product " + i)));
        }
        var companies = new ArrayList<CustomerAccount>();
        for (int i = 0; i < 12; i++) {
            var industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
            var region = REGIONS.get(random.nextInt(REGIONS.size()));
            companies.add(accounts.save(i % 4 == 3
                    ? CustomerAccount.namedByAdvocate("Coverage " + i, industry, SizeBand.LARGE, region, "DE")
                    : new CustomerAccount("Coverage " + i, industry, SizeBand.LARGE, region)));
        }
        var statuses = AdvocateStatus.values();
        var nominees = new ArrayList<Advocate>();
        for (int i = 0; i < 240; i++) {
            var advocate = new Advocate(companies.get(random.nextInt(companies.size())), "Coverage Advocate " + i,
                    "coverage-" + i + "@example.com", ZoneOffset.UTC, AdvocateStatus.NOMINATED, NOW);
            if (random.nextInt(10) < 7) {
                advocate.join(LocalDate.of(2026, 1, 5));
            } else {
                advocate.changeStatus(statuses[random.nextInt(statuses.length)]);
            }
            if (random.nextInt(4) > 0) {
                advocate.setPersona(PERSONAS.get(random.nextInt(PERSONAS.size())));
            }
            catalog.stream().filter(product -> random.nextBoolean()).forEach(advocate.getProductsUsed()::add);
            advocate = advocates.save(advocate);
            if (advocate.getStatus() == AdvocateStatus.NOMINATED && nominees.size() < 20) {
                nominees.add(advocate);
            }
        }
        for (var nominee : nominees) {
            var nomination = new Nomination(nominee, "csm@peerproof.test", "Great results", NOW);
            switch (random.nextInt(4)) {
                case 0 -> nomination.invite("pm@peerproof.test", NOW);
                case 1 -> nomination.reject("pm@peerproof.test", "Not now", NOW);
                default -> { }
            }
            nominations.save(nomination);
        }
        var industries = new ArrayList<Industry>(INDUSTRIES);
        industries.add(null);
        var regions = new ArrayList<Region>(REGIONS);
        regions.add(null);
        var productIds = new ArrayList<Product>(catalog.subList(0, 2));
        productIds.add(null);
        var personas = new ArrayList<Persona>(PERSONAS.subList(0, 1));
        personas.add(null);
        for (var industry : industries) {
            for (var region : regions) {
                for (var product : productIds) {
                    for (var persona : personas) {
                        if (industry != null || region != null || product != null || persona != null) {
                            targetRepository.save(new ProgramTarget(industry, region, product, persona,
                                    1 + random.nextInt(12)));
                        }
                    }
                }
            }
        }
    }
}
