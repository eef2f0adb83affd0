package org.peerproof.domain.advocate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;
import static org.peerproof.domain.testsupport.DomainFixtures.request;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
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
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.audit.AuditEvent;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.checkin.CheckIn;
import org.peerproof.domain.checkin.CheckInRepository;
import org.peerproof.domain.matching.AskHistories;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.reward.Benefit;
import org.peerproof.domain.reward.BenefitGrant;
import org.peerproof.domain.reward.BenefitGrantRepository;
import org.peerproof.domain.reward.BenefitKind;
import org.peerproof.domain.reward.BenefitRepository;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** The staff directory on MariaDB: filters, paging in SQL, text search and who sees whom. */
@MariaDbJpaTest
@Import({AdvocateDirectory.class, AskHistories.class, AdvocateDirectoryTest.FixedClock.class})
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class AdvocateDirectoryTest {

    /** Tuesday 12 May 2026: the quarter started on 1 April, the rolling quarter on 13 February. */
    static final Instant NOW = Instant.parse("2026-05-12T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    static final String CSM_ACME = "csm.acme@peerproof.test";
    static final String CSM_GLOBEX = "csm.globex@peerproof.test";
    static final int FILLER_ADVOCATES = 12;

    static final SignedInUser PROGRAM_MANAGER = user("pm@peerproof.test", Roles.PROGRAM_MANAGER);

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired AdvocateDirectory directory;
    @Autowired EntityManager entityManager;
    @Autowired CustomerAccountRepository accounts;
    @Autowired AdvocateRepository advocates;
    @Autowired ProductRepository products;
    @Autowired UseCaseRepository useCases;
    @Autowired TierRepository tiers;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired BenefitRepository benefits;
    @Autowired BenefitGrantRepository grants;
    @Autowired CheckInRepository checkIns;
    @Autowired AuditEventRepository auditEvents;
    @Autowired ActivityRepository activities;
    @Autowired ActivityTypeRepository activityTypes;

    Product closeProduct;
    UseCase invoiceAutomation;
    Advocate alice;
    Advocate ben;
    int requestNumber;

    @BeforeEach
    void programWithThreeDistinctAdvocatesAndFillers() {
        var acme = account("Acme Health", Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA, CSM_ACME);
        var globex = account("Globex Bank", Industry.FINANCIAL_SERVICES, SizeBand.ENTERPRISE, Region.NORTH_AMERICA,
                CSM_GLOBEX);
        var initech = account("Initech Retail", Industry.RETAIL, SizeBand.SMALL, Region.APAC, null);
        closeProduct = products.save(new Product("Close Cloud"));
        invoiceAutomation = useCases.save(new UseCase("Invoice automation"));

        // Alice: power tier, fresh profile, one accepted ask this quarter of her own maximum of two.
        alice = advocate(acme, "Alice Anders", "alice@acme.test", Set.of("en", "de"));
        alice.assignTier(tiers.findByRank(1).orElseThrow());
        alice.getProductsUsed().add(closeProduct);
        alice.getUseCases().add(invoiceAutomation);
        alice.setBio("Cut month-end close from 10 to 4 days.");
        alice.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 2, ContactChannel.EMAIL);
        ask(alice, "2026-04-10T10:00:00Z").accept(Instant.parse("2026-04-11T10:00:00Z"));

        // Ben: five asks this quarter (burnout by count), used on 1 May, paused until 20 May.
        ben = advocate(globex, "Ben Brooks", "ben@globex.test", Set.of("en"));
        ben.assignTier(tiers.findByRank(2).orElseThrow());
        ben.pauseUntil(LocalDate.of(2026, 5, 20));
        IntStream.rangeClosed(1, 5).forEach(day -> ask(ben, "2026-04-0" + day + "T10:00:00Z"));
        activity(ben, LocalDate.of(2026, 5, 1));

        // Carla: nominated, stale profile, blacked out today, three declines in a row last quarter.
        var carla = advocate(initech, "Carla Cruz", "carla@initech.test", Set.of("es"));
        carla.changeStatus(AdvocateStatus.NOMINATED);
        carla.profileReviewed(LocalDate.of(2025, 6, 1));
        carla.getBlackouts().add(new BlackoutPeriod(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 14)));
        ask(carla, "2025-12-15T10:00:00Z").accept(Instant.parse("2025-12-16T10:00:00Z"));
        IntStream.rangeClosed(1, 3).forEach(day -> ask(carla, "2026-01-0" + day + "T10:00:00Z")
                .decline("busy", Instant.parse("2026-01-0" + day + "T12:00:00Z")));
        activity(carla, LocalDate.of(2025, 12, 1));

        IntStream.rangeClosed(1, FILLER_ADVOCATES).forEach(n -> advocate(initech, "Filler %02d".formatted(n),
                "filler" + n + "@initech.test", Set.of("en")));
        entityManager.flush();
        entityManager.clear();
    }

    @Test
    void eachFilterNarrowsTheDirectory() {
        var none = DirectoryFilter.NONE;
        assertThat(names(none)).hasSize(3 + FILLER_ADVOCATES);
        assertThat(names(none.withIndustry(Industry.HEALTHCARE))).containsExactly("Alice Anders");
        assertThat(names(none.withRegion(Region.NORTH_AMERICA))).containsExactly("Ben Brooks");
        assertThat(names(none.withSizeBands(Set.of(SizeBand.ENTERPRISE)))).containsExactly("Ben Brooks");
        assertThat(names(none.withProductId(closeProduct.getId()))).containsExactly("Alice Anders");
        assertThat(names(none.withUseCaseId(invoiceAutomation.getId()))).containsExactly("Alice Anders");
        assertThat(names(none.withLanguage("es"))).containsExactly("Carla Cruz");
        assertThat(names(none.withTierRank(1))).containsExactly("Alice Anders");
        assertThat(names(none.withStatus(AdvocateStatus.NOMINATED))).containsExactly("Carla Cruz");
        assertThat(names(none.withAvailableNow(true)))
                .hasSize(1 + FILLER_ADVOCATES).contains("Alice Anders").doesNotContain("Ben Brooks", "Carla Cruz");
        assertThat(names(none.withAsksThisQuarter(5, null))).containsExactly("Ben Brooks");
        assertThat(names(none.withAsksThisQuarter(1, 1))).containsExactly("Alice Anders");
        assertThat(names(none.withAsksThisQuarter(null, 0))).hasSize(1 + FILLER_ADVOCATES).contains("Carla Cruz");
        assertThat(names(none.withBurnoutFlagged(true))).containsExactlyInAnyOrder("Ben Brooks", "Carla Cruz");
        assertThat(names(none.withBurnoutFlagged(false))).hasSize(1 + FILLER_ADVOCATES).contains("Alice Anders");
        assertThat(names(none.withLastUsed(LocalDate.of(2026, 1, 1), null)))
                .hasSize(2 + FILLER_ADVOCATES).doesNotContain("Ben Brooks");
        assertThat(names(none.withLastUsed(null, LocalDate.of(2025, 11, 15))))
                .containsExactlyInAnyOrder("Ben Brooks", "Carla Cruz");
        assertThat(names(none.withStaleProfile(true))).containsExactly("Carla Cruz");
        assertThat(names(none.withStaleProfile(false))).hasSize(2 + FILLER_ADVOCATES);
        assertThat(names(none.withRegion(Region.APAC).withStatus(AdvocateStatus.ACTIVE))).hasSize(FILLER_ADVOCATES);
    }

    @Test
    void sizeBandsNarrowToAnyOfTheChosenSizes() {
        // "1,000 employees and more" is two bands: one search, not two.
        assertThat(names(DirectoryFilter.NONE.withSizeBands(Set.of(SizeBand.LARGE, SizeBand.ENTERPRISE))))
                .containsExactlyInAnyOrder("Alice Anders", "Ben Brooks");
        assertThat(names(DirectoryFilter.NONE.withSizeBands(Set.of(SizeBand.MID_MARKET)))).isEmpty();
    }

    @Test
    void willingForFindsAdvocatesWhoConsentToOneOfTheActivityTypes() {
        var call30 = DirectoryFilter.NONE.withWillingFor(Set.of(ActivityTypeCode.REFERENCE_CALL_30));
        assertThat(names(call30)).containsExactly("Alice Anders");
        advocates.findById(ben.getId()).orElseThrow().consent(ActivityTypeCode.CASE_STUDY, true, 1, ContactChannel.EMAIL);
        advocates.findByEmailIgnoreCase("carla@initech.test").orElseThrow()
                .consent(ActivityTypeCode.REFERENCE_CALL_30, false, 1, ContactChannel.EMAIL);
        entityManager.flush();

        assertThat(names(call30)).as("an unwilling consent does not count").containsExactly("Alice Anders");
        assertThat(names(DirectoryFilter.NONE.withWillingFor(
                Set.of(ActivityTypeCode.REFERENCE_CALL_30, ActivityTypeCode.CASE_STUDY))))
                .containsExactlyInAnyOrder("Alice Anders", "Ben Brooks");
        assertThat(names(DirectoryFilter.NONE.withWillingFor(Set.of(ActivityTypeCode.SPEAKING)))).isEmpty();
    }

    @Test
    void relationshipOwnerNarrowsToTheirAccountsAndEveryRowNamesTheOwner() {
        assertThat(names(DirectoryFilter.NONE.withRelationshipOwner(CSM_GLOBEX.toUpperCase())))
                .containsExactly("Ben Brooks");
        var rows = directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE.withText("a"), 0, 50, List.of());
        assertThat(rows).filteredOn(row -> row.name().equals("Alice Anders")).singleElement()
                .extracting(DirectoryRow::relationshipOwner).isEqualTo(CSM_ACME);
        assertThat(rows).filteredOn(row -> row.name().equals("Carla Cruz")).singleElement()
                .extracting(DirectoryRow::relationshipOwner).isNull();
        assertThat(directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE, 0, 2,
                List.of(new DirectorySort(DirectorySort.Key.OWNER, false))))
                .extracting(DirectoryRow::name).containsExactly("Ben Brooks", "Alice Anders");

        assertThat(directory.options(PROGRAM_MANAGER).relationshipOwners()).containsExactly(CSM_ACME, CSM_GLOBEX);
        var acmeCsm = user(CSM_ACME, Roles.CSM);
        assertThat(directory.options(acmeCsm).relationshipOwners()).containsExactly(CSM_ACME);
        assertThat(directory.count(acmeCsm, DirectoryFilter.NONE.withRelationshipOwner(CSM_GLOBEX)))
                .as("a filter never widens a customer success manager's scope").isZero();
    }

    @Test
    void countAgreesWithTheFilter() {
        assertThat(directory.count(PROGRAM_MANAGER, DirectoryFilter.NONE)).isEqualTo(3 + FILLER_ADVOCATES);
        assertThat(directory.count(PROGRAM_MANAGER, DirectoryFilter.NONE.withBurnoutFlagged(true))).isEqualTo(2);
        assertThat(directory.count(PROGRAM_MANAGER, DirectoryFilter.NONE.withText("filler"))).isEqualTo(FILLER_ADVOCATES);
    }

    @Test
    void textSearchFindsNameCompanyAndBioWordByWordAndTakesWildcardsLiterally() {
        assertThat(names(DirectoryFilter.NONE.withText("month-end"))).containsExactly("Alice Anders");
        assertThat(names(DirectoryFilter.NONE.withText("GLOBEX"))).containsExactly("Ben Brooks");
        assertThat(names(DirectoryFilter.NONE.withText("carla initech"))).containsExactly("Carla Cruz");
        assertThat(names(DirectoryFilter.NONE.withText("carla globex"))).isEmpty();
        assertThat(names(DirectoryFilter.NONE.withText("%"))).isEmpty();
        assertThat(names(DirectoryFilter.NONE.withText("_"))).isEmpty();
    }

    @Test
    void rowsCarryThePerAdvocateFigures() {
        var rows = directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE.withText("a"), 0, 50,
                List.of(new DirectorySort(DirectorySort.Key.NAME, true)));
        var aliceRow = rows.stream().filter(row -> row.name().equals("Alice Anders")).findFirst().orElseThrow();
        assertThat(aliceRow.company()).isEqualTo("Acme Health");
        assertThat(aliceRow.tierName()).isEqualTo("Tier 1 - Power");
        assertThat(aliceRow.languages()).containsExactly("de", "en");
        assertThat(aliceRow.asksThisQuarter()).isEqualTo(1);
        assertThat(aliceRow.utilizationPercent()).as("1 of her own max of 2").isEqualTo(50);
        assertThat(aliceRow.lastUsedOn()).isNull();
        assertThat(aliceRow.burnoutFlagged()).isFalse();
        assertThat(aliceRow.profileStale()).isFalse();

        var benRow = rows.stream().filter(row -> row.name().equals("Ben Brooks")).findFirst().orElseThrow();
        assertThat(benRow.asksThisQuarter()).isEqualTo(5);
        assertThat(benRow.utilizationPercent()).as("5 of the program cap of 3").isEqualTo(167);
        assertThat(benRow.lastUsedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(benRow.burnoutFlagged()).isTrue();

        var carlaRow = rows.stream().filter(row -> row.name().equals("Carla Cruz")).findFirst().orElseThrow();
        assertThat(carlaRow.asksThisQuarter()).isZero();
        assertThat(carlaRow.burnoutFlagged()).as("three declines in a row").isTrue();
        assertThat(carlaRow.profileStale()).isTrue();
        assertThat(carlaRow.tierName()).isNull();
    }

    @Test
    void staleProfilesComeFirstByDefault() {
        assertThat(directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE, 0, 3, List.of()))
                .extracting(DirectoryRow::name).containsExactly("Carla Cruz", "Alice Anders", "Ben Brooks");
    }

    @Test
    void pagingReturnsTheRequestedSliceAndLoadsOnlyIt() {
        var byName = List.of(new DirectorySort(DirectorySort.Key.NAME, true));
        var statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        var slice = directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE, 5, 4, byName);

        assertThat(slice).extracting(DirectoryRow::name)
                .containsExactly("Filler 03", "Filler 04", "Filler 05", "Filler 06");
        assertThat(statistics.getEntityStatistics(Advocate.class.getName()).getLoadCount())
                .as("advocates loaded for a page of 4").isEqualTo(4);
        assertThat(statistics.getEntityStatistics(Ask.class.getName()).getLoadCount()).isZero();
        assertThat(directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE, 14, 10, byName)).hasSize(1);
        assertThat(directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE, 0, 3,
                List.of(new DirectorySort(DirectorySort.Key.COMPANY, false), new DirectorySort(DirectorySort.Key.NAME, true))))
                .extracting(DirectoryRow::name).containsExactly("Carla Cruz", "Filler 01", "Filler 02");
    }

    @Test
    void customerSuccessSeesOnlyAdvocatesOfTheAccountsTheyOwn() {
        var acmeCsm = user(CSM_ACME, Roles.CSM);
        assertThat(directory.page(acmeCsm, DirectoryFilter.NONE, 0, 50, List.of()))
                .extracting(DirectoryRow::name).containsExactly("Alice Anders");
        assertThat(directory.count(acmeCsm, DirectoryFilter.NONE)).isEqualTo(1);
        assertThat(directory.count(user(CSM_GLOBEX.toUpperCase(), Roles.CSM), DirectoryFilter.NONE)).isEqualTo(1);
        assertThat(directory.detail(acmeCsm, alice.getId()).name()).isEqualTo("Alice Anders");
        assertThatThrownBy(() -> directory.detail(acmeCsm, ben.getId())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void salesAndAdvocatesAreDenied() {
        for (var role : List.of(Roles.SALES, Roles.ADVOCATE)) {
            var denied = user("someone@peerproof.test", role);
            assertThatThrownBy(() -> directory.page(denied, DirectoryFilter.NONE, 0, 10, List.of()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> directory.count(denied, DirectoryFilter.NONE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> directory.detail(denied, alice.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> directory.options(denied)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void detailShowsProfileConsentsAsksAndActivities() {
        var detail = directory.detail(user("admin@peerproof.test", Roles.ADMIN), alice.getId());
        assertThat(detail.company()).isEqualTo("Acme Health");
        assertThat(detail.products()).containsExactly("Close Cloud");
        assertThat(detail.consents()).containsExactly(new AdvocateDetail.Consent(ActivityTypeCode.REFERENCE_CALL_30,
                true, 2, ContactChannel.EMAIL));
        assertThat(detail.recentAsks()).singleElement().satisfies(ask -> assertThat(ask.prospectCompany())
                .startsWith("Prospect for"));
        assertThat(directory.detail(PROGRAM_MANAGER, ben.getId()).recentActivities()).hasSize(1);
        assertThat(detail.grants()).isEmpty();
        assertThat(detail.checkIns()).isEmpty();
    }

    @Test
    void detailShowsBenefitsCheckInsAndTheAdvocatesOwnAuditTrail() {
        var pass = benefits.save(new Benefit(BenefitKind.CONFERENCE_PASS, "Summit pass", new BigDecimal("900")));
        grants.save(new BenefitGrant(alice, pass, new BigDecimal("900"), "pm@peerproof.test", NOW));
        checkIns.save(new CheckIn(alice, TODAY.minusDays(20), CSM_ACME, RelationshipHealth.GREEN));
        auditEvents.save(new AuditEvent("alice@acme.test", "advocate.updated", "Advocate", String.valueOf(alice.getId()),
                null, null, NOW.minusSeconds(60)));
        auditEvents.save(new AuditEvent("pm@peerproof.test", "ask.sent", "Ask", String.valueOf(alice.getId()),
                null, null, NOW));

        var detail = directory.detail(PROGRAM_MANAGER, alice.getId());
        assertThat(detail.grants()).singleElement().satisfies(grant -> {
            assertThat(grant.benefit()).isEqualTo("Summit pass");
            assertThat(grant.approvedBy()).isEqualTo("pm@peerproof.test");
        });
        assertThat(detail.checkIns()).singleElement().satisfies(checkIn -> {
            assertThat(checkIn.owner()).isEqualTo(CSM_ACME);
            assertThat(checkIn.health()).isEqualTo(RelationshipHealth.GREEN);
        });
        assertThat(detail.auditTrail()).as("the advocate's own record, not an ask that happens to share the id")
                .singleElement().satisfies(line -> assertThat(line.action()).isEqualTo("advocate.updated"));
        assertThat(directory.options(PROGRAM_MANAGER).languages()).containsExactly("de", "en", "es");
    }

    private List<String> names(DirectoryFilter filter) {
        var rows = directory.page(PROGRAM_MANAGER, filter, 0, 100, List.of());
        assertThat(directory.count(PROGRAM_MANAGER, filter)).as("count of %s", filter).isEqualTo(rows.size());
        return rows.stream().map(DirectoryRow::name).toList();
    }

    private static SignedInUser user(String email, String role) {
        return new SignedInUser("id-" + email, email, true, email, null, Set.of(role));
    }

    private CustomerAccount account(String name, Industry industry, SizeBand size, Region region, String owner) {
        var account = new CustomerAccount(name, industry, size, region);
        account.setRelationshipOwner(owner);
        return accounts.save(account);
    }

    private Advocate advocate(CustomerAccount account, String name, String email, Set<String> languages) {
        var advocate = activeAdvocate(account, email);
        advocate.setName(name);
        advocate.getLanguages().addAll(languages);
        return advocates.save(advocate);
    }

    private Ask ask(Advocate advocate, String askedAt) {
        var request = requests.save(request("OPP-" + ++requestNumber));
        var at = Instant.parse(askedAt);
        return asks.save(new Ask(request, advocate, at, at.plusSeconds(3 * 86_400)));
    }

    private void activity(Advocate advocate, LocalDate on) {
        activities.save(new Activity(advocate, activityTypes.findById(ActivityTypeCode.REFERENCE_CALL_30).orElseThrow(),
                on, "pm@peerproof.test", NOW));
    }
}
