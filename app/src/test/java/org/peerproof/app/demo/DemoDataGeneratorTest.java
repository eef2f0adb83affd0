package org.peerproof.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.testsupport.MariaDbTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo program is big enough, spread wide enough, deterministic, and obeys the program's own rules. */
@SpringBootTest(properties = "peerproof.demo-data.enabled=false")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
class DemoDataGeneratorTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    private DemoDataGenerator generator;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private AdvocateRepository advocateRepository;

    @Autowired
    private EligibilityNow eligibilityNow;

    @Test
    void generatesAProgramOfRealisticSizeAndSpread() {
        inRolledBackTransaction(() -> {
            generateAndFlush();

            assertThat(count("SELECT COUNT(*) FROM advocate")).isGreaterThanOrEqualTo(300);
            assertThat(count("SELECT COUNT(*) FROM customer_account")).isGreaterThanOrEqualTo(40);
            assertThat(count("SELECT COUNT(DISTINCT industry) FROM customer_account")).isEqualTo(8);
            assertThat(count("SELECT COUNT(DISTINCT region) FROM customer_account")).isEqualTo(4);
            assertThat(count("SELECT COUNT(DISTINCT tier_id) FROM advocate")).isEqualTo(3);
            assertThat(count("SELECT COUNT(DISTINCT status) FROM advocate")).isGreaterThanOrEqualTo(6);
            assertThat(count("SELECT COUNT(*) FROM reference_request")).isGreaterThan(300);
            assertThat(count("SELECT COUNT(*) FROM ask")).isGreaterThan(300);
            assertThat(count("SELECT COUNT(*) FROM activity")).isGreaterThan(200);
            assertThat(count("SELECT COUNT(*) FROM deal_outcome WHERE result = 'WON'")).isPositive();
            assertThat(count("SELECT COUNT(*) FROM deal_outcome WHERE result = 'LOST'")).isPositive();
            assertThat(count("SELECT COUNT(*) FROM ask WHERE status = 'PENDING'")).isPositive();
            assertThat(count("SELECT COUNT(DISTINCT status) FROM ask")).isEqualTo(6);
            assertThat(count("SELECT COUNT(*) FROM benefit_grant")).isPositive();
            assertThat(count("SELECT COUNT(*) FROM recommitment")).isPositive();
            assertThat(count("SELECT COUNT(*) FROM check_in")).isPositive();
            assertThat(count("SELECT COUNT(*) FROM nomination")).isPositive();
            assertThat(count("SELECT COUNT(*) FROM program_target")).isPositive();
        });
    }

    @Test
    void historyCoversTheLastEighteenMonths() {
        inRolledBackTransaction(() -> {
            generateAndFlush();

            var oldest = jdbc.queryForObject("SELECT MIN(created_at) FROM reference_request", LocalDateTime.class);
            var newest = jdbc.queryForObject("SELECT MAX(created_at) FROM reference_request", LocalDateTime.class);
            var now = LocalDateTime.ofInstant(NOW, ZoneOffset.UTC);
            assertThat(oldest).isBefore(now.minusMonths(17)).isAfter(now.minusMonths(19));
            assertThat(newest).isAfter(now.minusDays(7)).isBefore(now);
        });
    }

    @Test
    void noAdvocateIsAskedMoreThanTheQuarterlyCap() {
        inRolledBackTransaction(() -> {
            generateAndFlush();

            var overCap = jdbc.queryForList("""
                    SELECT advocate_id FROM ask WHERE status <> 'WITHDRAWN'
                    GROUP BY advocate_id, YEAR(asked_at), QUARTER(asked_at)
                    HAVING COUNT(*) > (SELECT quarterly_ask_cap FROM program_settings)""", Long.class);
            assertThat(overCap).isEmpty();
            // The cap is reached often enough that it shapes the data rather than being vacuous.
            assertThat(count("""
                    SELECT COUNT(*) FROM (SELECT advocate_id FROM ask WHERE status <> 'WITHDRAWN'
                    GROUP BY advocate_id, YEAR(asked_at), QUARTER(asked_at) HAVING COUNT(*) = 3) capped""")).isPositive();
        });
    }

    @Test
    void everyPersonIsVisiblyFictionalAndTheKeycloakDemoAdvocatesAreLinked() {
        inRolledBackTransaction(() -> {
            generateAndFlush();

            assertThat(count("""
                    SELECT COUNT(*) FROM advocate
                    WHERE email NOT LIKE '%.example' AND email NOT LIKE '%@peerproof.test'""")).isZero();
            assertThat(count("SELECT COUNT(*) FROM customer_account WHERE crm_account_id NOT LIKE 'DEMO-%'")).isZero();
            assertThat(jdbc.queryForList("SELECT keycloak_user_id FROM advocate WHERE keycloak_user_id IS NOT NULL"
                    + " ORDER BY keycloak_user_id", String.class))
                    .containsExactly("ad0c0000-0000-4000-8000-000000000001", "ad0c0000-0000-4000-8000-000000000002",
                            "ad0c0000-0000-4000-8000-000000000003");
        });
    }

    @Test
    void aRealisticFewActiveProfilesAreDueForReview() {
        inRolledBackTransaction(() -> {
            generateAndFlush();

            // Rule 9 with the default six months, on the test's fixed day.
            long active = count("SELECT COUNT(*) FROM advocate WHERE status = 'ACTIVE'");
            long stale = count("""
                    SELECT COUNT(*) FROM advocate WHERE status = 'ACTIVE'
                    AND (last_profile_review_on IS NULL OR last_profile_review_on <= '2026-05-23')""");
            assertThat(stale * 100 / active).as("percent of active advocates with a stale profile")
                    .isBetween(5L, 20L);
        });
    }

    @Test
    void theSignInAdvocatesCanBeAskedForACallToday() {
        inRolledBackTransaction(() -> {
            generateAndFlush();

            for (var person : DemoVocabulary.KEYCLOAK_ADVOCATES) {
                var advocate = advocateRepository.findByEmailIgnoreCase(person.email()).orElseThrow();
                assertThat(eligibilityNow.forNewAsk(advocate, ActivityTypeCode.REFERENCE_CALL_30).reasons())
                        .as(person.email()).isEmpty();
            }
        });
    }

    @Test
    void noRequestStaysOpenLongAfterItWasNeeded() {
        inRolledBackTransaction(() -> {
            generateAndFlush();

            var closedBy = LocalDate.ofInstant(NOW, ZoneOffset.UTC)
                    .minusDays(DemoDataGenerator.OPEN_AFTER_NEEDED_BY_DAYS);
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM reference_request
                    WHERE status IN ('NEW', 'MATCHING', 'ASKED') AND needed_by < ?""", Long.class, closedBy))
                    .as("open requests needed before " + closedBy).isZero();
        });
    }

    @Test
    void severalCustomerSuccessManagersOwnTheAccountsAndHoldTheirCheckIns() {
        inRolledBackTransaction(() -> {
            generateAndFlush();

            assertThat(jdbc.queryForList("SELECT DISTINCT relationship_owner FROM customer_account", String.class))
                    .containsExactlyInAnyOrder("csm@peerproof.test", "csm2@peerproof.test", "csm3@peerproof.test");
            assertThat(count("""
                    SELECT COUNT(DISTINCT c.relationship_owner) FROM advocate v
                    JOIN customer_account c ON c.id = v.customer_account_id JOIN tier t ON t.id = v.tier_id
                    WHERE t.tier_rank = 1""")).as("owners of Tier 1 advocates' accounts").isEqualTo(3);
            assertThat(count("""
                    SELECT COUNT(*) FROM check_in k JOIN advocate v ON v.id = k.advocate_id
                    JOIN customer_account c ON c.id = v.customer_account_id
                    WHERE k.owner = c.relationship_owner""")).isPositive();
        });
    }

    @Test
    void sameSeedAndDayGiveTheSameData() {
        assertThat(generateAndFingerprint()).isEqualTo(generateAndFingerprint());
    }

    private List<String> generateAndFingerprint() {
        return transactions.execute(status -> {
            generateAndFlush();
            status.setRollbackOnly();
            // Ids differ between runs (auto-increment survives a rollback), so compare by natural keys.
            return jdbc.queryForList("""
                    SELECT CONCAT(r.opportunity_id, ' ', r.status, ' ', v.email, ' ', a.status, ' ', a.asked_at)
                    FROM ask a JOIN reference_request r ON r.id = a.reference_request_id
                    JOIN advocate v ON v.id = a.advocate_id
                    ORDER BY r.opportunity_id, a.asked_at""", String.class);
        });
    }

    /** The checks read with plain SQL, which does not trigger Hibernate's automatic flush. */
    private void generateAndFlush() {
        generator.generate();
        entityManager.flush();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private void inRolledBackTransaction(Runnable body) {
        transactions.executeWithoutResult(status -> {
            body.run();
            status.setRollbackOnly();
        });
    }
}
