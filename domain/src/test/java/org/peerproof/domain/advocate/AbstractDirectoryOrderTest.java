package org.peerproof.domain.advocate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.matching.AskHistories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's default order, stale profiles first (rule 9) and then by name and id, page by page: the order
 * one query sorting on "stale first, name, id" gave before issue 15 read the stale and the fresh part separately.
 * Every offset and page size, with filters, a customer success manager's scope, names several advocates share and
 * review dates on both sides of the stale boundary. Run on MariaDB and on H2.
 */
@Import({AdvocateDirectory.class, AskHistories.class, AbstractDirectoryOrderTest.FixedClock.class})
@Transactional
abstract class AbstractDirectoryOrderTest {

    static final Instant NOW = Instant.parse("2026-05-12T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    /** The program's default: profiles are reviewed every six months. */
    static final LocalDate STALE_ON_OR_BEFORE = ProfileRules.staleOnOrBefore(TODAY, 6);
    static final String CSM = "csm.acme@peerproof.test";
    static final SignedInUser PROGRAM_MANAGER = user("pm@peerproof.test", Roles.PROGRAM_MANAGER);
    static final List<String> NAMES = List.of("Dana Diaz", "Ada Abel", "Cleo Cole", "Ada Abel", "Bea Berg",
            "Dana Diaz", "Eve Egan", "Bea Berg", "Ada Abel", "Cleo Cole", "Finn Ford");
    static final int ADVOCATES = 29;
    static final List<Integer> PAGE_SIZES = List.of(1, 2, 3, 4, 7, 10, ADVOCATES, 50);

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

    @BeforeEach
    void advocatesSharingNamesWithStaleAndFreshProfilesInTwoRegions() {
        var acme = account("Acme Health", Region.EMEA, CSM);
        var initech = account("Initech Retail", Region.APAC, null);
        var reviews = new LocalDate[] {null, STALE_ON_OR_BEFORE, STALE_ON_OR_BEFORE.plusDays(1), TODAY,
                STALE_ON_OR_BEFORE.minusMonths(3)};
        for (int n = 0; n < ADVOCATES; n++) {
            var advocate = activeAdvocate(n % 3 == 0 ? acme : initech, "advocate" + n + "@peerproof.test");
            advocate.setName(NAMES.get(n % NAMES.size()));
            advocate.profileReviewed(reviews[(n / 2) % reviews.length]);
            advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, n % 2 == 0, 2, ContactChannel.EMAIL);
            advocates.save(advocate);
        }
        entityManager.flush();
        entityManager.clear();
    }

    @Test
    void everyPageOfEverySizeFollowsTheStaleFirstOrder() {
        var expected = sortedTheOldWay("");
        assertThat(expected).hasSize(ADVOCATES);
        assertPagesFollow(PROGRAM_MANAGER, DirectoryFilter.NONE, expected);
    }

    @Test
    void namesSharedByStaleAndFreshProfilesGoStaleFirstThenById() {
        var page = directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE, 0, ADVOCATES, List.of());
        var adas = page.stream().filter(row -> row.name().equals("Ada Abel")).toList();
        var stale = adas.stream().filter(DirectoryRow::profileStale).toList();
        var fresh = adas.stream().filter(row -> !row.profileStale()).toList();
        assertThat(stale).hasSizeGreaterThan(1);
        assertThat(fresh).hasSizeGreaterThan(1);
        assertThat(adas).containsExactlyElementsOf(Stream.concat(stale.stream(), fresh.stream()).toList());
        assertThat(stale).extracting(DirectoryRow::id).isSorted();
        assertThat(fresh).extracting(DirectoryRow::id).isSorted();
        assertThat(page).extracting(DirectoryRow::profileStale).as("the stale part, then the fresh part")
                .containsSubsequence(true, false).doesNotContainSequence(false, true);
    }

    @Test
    void filteredPagesFollowTheStaleFirstOrder() {
        assertPagesFollow(PROGRAM_MANAGER, DirectoryFilter.NONE.withRegion(Region.APAC),
                sortedTheOldWay("where c.region = org.peerproof.domain.account.Region.APAC"));
        assertPagesFollow(PROGRAM_MANAGER, DirectoryFilter.NONE.withWillingFor(Set.of(ActivityTypeCode.REFERENCE_CALL_30)),
                sortedTheOldWay("where exists (select k.id from ActivityConsent k where k.advocate = a"
                        + " and k.willing = true)"));
    }

    @Test
    void aStaleOrFreshFilterReadsOnePartByName() {
        var stale = sortedTheOldWay("where a.lastProfileReviewOn is null or a.lastProfileReviewOn <= :staleOnOrBefore");
        var fresh = sortedTheOldWay("where a.lastProfileReviewOn > :staleOnOrBefore");
        assertThat(stale).isNotEmpty();
        assertThat(fresh).isNotEmpty();
        assertPagesFollow(PROGRAM_MANAGER, DirectoryFilter.NONE.withStaleProfile(true), stale);
        assertPagesFollow(PROGRAM_MANAGER, DirectoryFilter.NONE.withStaleProfile(false), fresh);
    }

    @Test
    void aCustomerSuccessManagersPagesFollowTheStaleFirstOrder() {
        var theirs = sortedTheOldWay("where c.relationshipOwner = '" + CSM + "'");
        assertThat(theirs).hasSize((ADVOCATES + 2) / 3);
        assertPagesFollow(user(CSM, Roles.CSM), DirectoryFilter.NONE, theirs);
        assertPagesFollow(PROGRAM_MANAGER, DirectoryFilter.NONE.withRelationshipOwner(CSM), theirs);
    }

    /** Every page the grid could ask for, at any offset, is the slice of {@code expected} it covers. */
    private void assertPagesFollow(SignedInUser user, DirectoryFilter filter, List<Long> expected) {
        assertThat(directory.count(user, filter)).as("count of %s", filter).isEqualTo(expected.size());
        for (int size : PAGE_SIZES) {
            for (int offset = 0; offset <= expected.size() + 1; offset++) {
                var slice = expected.subList(Math.min(offset, expected.size()),
                        Math.min(offset + size, expected.size()));
                assertThat(directory.page(user, filter, offset, size, List.of()))
                        .as("%s, rows %d to %d", filter, offset, offset + size - 1)
                        .extracting(DirectoryRow::id).containsExactlyElementsOf(slice);
            }
        }
    }

    /** The ids in the order the directory sorted them in one query before issue 15. */
    private List<Long> sortedTheOldWay(String where) {
        var query = entityManager.createQuery("select a.id from Advocate a left join a.account c " + where
                + " order by case when a.lastProfileReviewOn is null or a.lastProfileReviewOn <= :staleOnOrBefore"
                + " then 0 else 1 end, a.name, a.id", Long.class);
        return query.setParameter("staleOnOrBefore", STALE_ON_OR_BEFORE).getResultList();
    }

    private static SignedInUser user(String email, String role) {
        return new SignedInUser("id-" + email, email, true, email, null, Set.of(role));
    }

    private CustomerAccount account(String name, Region region, String owner) {
        var account = new CustomerAccount(name, Industry.HEALTHCARE, SizeBand.LARGE, region);
        account.setRelationshipOwner(owner);
        return accounts.save(account);
    }
}
