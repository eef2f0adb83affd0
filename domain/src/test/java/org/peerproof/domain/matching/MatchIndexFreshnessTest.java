package org.peerproof.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.BlackoutPeriod;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.matching.IneligibilityReason.InBlackout;
import org.peerproof.domain.matching.IneligibilityReason.NoConsent;
import org.peerproof.domain.matching.IneligibilityReason.Paused;
import org.peerproof.domain.matching.IneligibilityReason.QuarterlyCapReached;
import org.peerproof.domain.matching.IneligibilityReason.TierNotAllowed;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADR 0004: what the matching index holds follows the writes. Every write ranking depends on stamps its row, also when
 * only a collection of the advocate changed; a write committed on this node is in the next ranking; a write another
 * node committed arrives with the next poll of the stamps. Data is committed, as in production; no background poll
 * runs ({@code peerproof.jobs.enabled=false}), the test polls by hand.
 */
@MariaDbJpaTest
@Import({MatchingService.class, MatchIndex.class, SimpleMeterRegistry.class, MatchIndexFreshnessTest.Setup.class})
@TestPropertySource(properties = "peerproof.jobs.enabled=false")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class MatchIndexFreshnessTest {

    static final Instant NOW = Instant.parse("2026-05-13T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 13);

    @TestConfiguration
    static class Setup {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired MatchingService matching;
    @Autowired MatchIndex index;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired CustomerAccountRepository accounts;
    @Autowired AdvocateRepository advocates;
    @Autowired TierRepository tiers;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired DataSource dataSource;

    private JdbcTemplate jdbc;
    private Long requestId;
    private Long advocateId;

    @BeforeEach
    void anEligibleAdvocateAndARequest() {
        clock.set(NOW);
        jdbc = new JdbcTemplate(dataSource);
        transactions.executeWithoutResult(status -> {
            var account = accounts.save(new CustomerAccount("Fresh Health " + UUID.randomUUID(), Industry.HEALTHCARE,
                    SizeBand.LARGE, Region.EMEA));
            var advocate = new Advocate(account, "Fresh Advocate", "fresh-" + UUID.randomUUID() + "@example.com",
                    ZoneId.of("Europe/Berlin"), AdvocateStatus.NOMINATED, NOW);
            advocate.join(TODAY.minusDays(100));
            advocate.assignTier(tiers.findByRank(2).orElseThrow());
            advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 5, ContactChannel.VIDEO_CALL);
            advocateId = advocates.save(advocate).getId();
            requestId = requests.save(request("OPP-FRESH-" + UUID.randomUUID())).getId();
        });
        assertThat(candidate().reasons()).as("eligible to begin with").isEmpty();
    }

    @Test
    void everyWriteRankingReadsStampsItsRowWithTheApplicationClockAlsoForACollectionAlone() {
        assertThat(advocateStamp()).isEqualTo(at(NOW));

        var pausedAt = tick();
        change(advocate -> advocate.pauseUntil(TODAY.plusDays(2)));
        assertThat(advocateStamp()).as("a pause").isEqualTo(at(pausedAt));

        var blackoutAddedAt = tick();
        change(advocate -> advocate.getBlackouts().add(new BlackoutPeriod(TODAY.plusDays(30), TODAY.plusDays(40))));
        assertThat(advocateStamp()).as("a blackout added, nothing else").isEqualTo(at(blackoutAddedAt));

        var languageAddedAt = tick();
        change(advocate -> advocate.getLanguages().add("fr"));
        assertThat(advocateStamp()).as("a language added, nothing else").isEqualTo(at(languageAddedAt));

        var consentChangedAt = tick();
        change(advocate -> advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 4, ContactChannel.PHONE));
        assertThat(jdbc.queryForObject("select changed_at from activity_consent where advocate_id = ?",
                LocalDateTime.class, advocateId)).as("a consent changed in place").isEqualTo(at(consentChangedAt));
        assertThat(advocateStamp()).as("which leaves the advocate's row as it was").isEqualTo(at(languageAddedAt));

        var askedAt = tick();
        var askId = transactions.execute(status -> asks.save(new Ask(requests.save(request("OPP-FRESH-OTHER-"
                + UUID.randomUUID())), advocates.findById(advocateId).orElseThrow(), askedAt,
                askedAt.plus(Duration.ofDays(3)))).getId());
        assertThat(askStamp(askId)).as("a new ask").isEqualTo(at(askedAt));
        var withdrawnAt = tick();
        transactions.executeWithoutResult(status -> asks.findById(askId).orElseThrow().withdraw());
        assertThat(askStamp(askId)).as("a withdrawn ask").isEqualTo(at(withdrawnAt));

        var regionChangedAt = tick();
        transactions.executeWithoutResult(status ->
                advocates.findById(advocateId).orElseThrow().getAccount().setRegion(Region.APAC));
        assertThat(jdbc.queryForObject("select c.changed_at from customer_account c join advocate a"
                + " on a.customer_account_id = c.id where a.id = ?", LocalDateTime.class, advocateId))
                .as("the account's region").isEqualTo(at(regionChangedAt));
    }

    @Test
    void aWriteCommittedOnThisNodeIsInTheNextRanking() {
        transactions.executeWithoutResult(status -> {
            var advocate = advocates.findById(advocateId).orElseThrow();
            for (int i = 0; i < 3; i++) {
                asks.save(new Ask(requests.save(request("OPP-FRESH-CAP-" + UUID.randomUUID())), advocate,
                        NOW.minus(Duration.ofDays(i + 1)), NOW.plus(Duration.ofDays(2))));
            }
        });
        assertThat(candidate().reasons()).as("three asks this quarter")
                .containsExactly(new QuarterlyCapReached(3, 3, LocalDate.of(2026, 7, 1)));

        transactions.executeWithoutResult(status -> asks.findAll().stream()
                .filter(ask -> ask.getAdvocate().getId().equals(advocateId)).findFirst().orElseThrow().withdraw());
        assertThat(candidate().reasons()).as("one of them withdrawn").isEmpty();

        change(advocate -> advocate.pauseUntil(TODAY.plusDays(3)));
        assertThat(candidate().reasons()).containsExactly(new Paused(TODAY.plusDays(3)));
        change(advocate -> advocate.pauseUntil(null));

        change(advocate -> advocate.getBlackouts().add(new BlackoutPeriod(TODAY, TODAY.plusDays(1))));
        assertThat(candidate().reasons()).containsExactly(new InBlackout(new DateRange(TODAY, TODAY.plusDays(1))));
        change(advocate -> advocate.getBlackouts().clear());

        change(advocate -> advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, false, 5, ContactChannel.VIDEO_CALL));
        assertThat(candidate().reasons()).containsExactly(new NoConsent(ActivityTypeCode.REFERENCE_CALL_30));
        change(advocate -> advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 5, ContactChannel.VIDEO_CALL));

        transactions.executeWithoutResult(status -> tiers.findByRank(2).orElseThrow()
                .getAllowedActivityTypes().remove(ActivityTypeCode.REFERENCE_CALL_30));
        try {
            assertThat(candidate().reasons()).as("the tier no longer allows it")
                    .containsExactly(new TierNotAllowed(ActivityTypeCode.REFERENCE_CALL_30, 2));
        } finally {
            transactions.executeWithoutResult(status -> tiers.findByRank(2).orElseThrow()
                    .getAllowedActivityTypes().add(ActivityTypeCode.REFERENCE_CALL_30));
        }

        transactions.executeWithoutResult(status ->
                advocates.findById(advocateId).orElseThrow().changeStatus(AdvocateStatus.LAPSED));
        assertThat(matching.rank(requestId, clock.instant(), true)).extracting(MatchCandidate::advocateId)
                .as("no longer active: not matchable").doesNotContain(advocateId);
    }

    @Test
    void aWriteCommittedOnAnotherNodeArrivesWithThePollEvenWhenItCommittedLate() {
        index.poll();
        // Another node's write: stamped by its listener, unknown to this node until it polls.
        jdbc.update("update advocate set paused_until = ?, matching_changed_at = ? where id = ?",
                TODAY.plusDays(5), at(tick()), advocateId);
        assertThat(candidate().reasons()).as("not polled yet").isEmpty();
        index.poll();
        assertThat(candidate().reasons()).as("polled").containsExactly(new Paused(TODAY.plusDays(5)));

        var liftedAt = tick();
        jdbc.update("update advocate set paused_until = null, version = version + 1, matching_changed_at = ?"
                + " where id = ?", at(liftedAt), advocateId);
        index.poll();
        assertThat(candidate().reasons()).as("pause lifted").isEmpty();
        // Stamps may keep whole seconds only (Connector/J on MariaDB): a second write in the same second has the same
        // stamp, and its version tells it apart.
        jdbc.update("update advocate set paused_until = ?, version = version + 1, matching_changed_at = ?"
                + " where id = ?", TODAY.plusDays(6), at(liftedAt), advocateId);
        index.poll();
        assertThat(candidate().reasons()).as("paused again in the same second")
                .containsExactly(new Paused(TODAY.plusDays(6)));
        jdbc.update("update advocate set paused_until = null, version = version + 1, matching_changed_at = ?"
                + " where id = ?", at(tick()), advocateId);
        index.poll();
        assertThat(candidate().reasons()).as("pause lifted again").isEmpty();
        // Another node's transaction stamped three asks 30 s before that poll and committed only after it.
        var stampedBeforeThePoll = clock.instant().minus(Duration.ofSeconds(30));
        tick();
        for (int i = 0; i < 3; i++) {
            var otherRequest = transactions.execute(status -> requests.save(request("OPP-FRESH-B-" + UUID.randomUUID())));
            jdbc.update("""
                    insert into ask (version, reference_request_id, advocate_id, status, asked_at, expires_at, changed_at)
                    values (0, ?, ?, 'PENDING', ?, ?, ?)""", otherRequest.getId(), advocateId,
                    at(NOW.minus(Duration.ofDays(i + 1))), at(NOW.plus(Duration.ofDays(2))), at(stampedBeforeThePoll));
        }
        index.poll();
        assertThat(candidate().reasons()).as("three asks another node made")
                .containsExactly(new QuarterlyCapReached(3, 3, LocalDate.of(2026, 7, 1)));
    }

    private MatchCandidate candidate() {
        return matching.rank(requestId, clock.instant(), true).stream()
                .filter(candidate -> candidate.advocateId().equals(advocateId)).findFirst().orElseThrow();
    }

    private void change(Consumer<Advocate> change) {
        transactions.executeWithoutResult(status -> change.accept(advocates.findById(advocateId).orElseThrow()));
    }

    /** The clock a minute on, so each write's stamp is its own. */
    private Instant tick() {
        clock.advance(Duration.ofMinutes(1));
        return clock.instant();
    }

    private LocalDateTime advocateStamp() {
        return jdbc.queryForObject("select matching_changed_at from advocate where id = ?", LocalDateTime.class,
                advocateId);
    }

    private LocalDateTime askStamp(Long askId) {
        return jdbc.queryForObject("select changed_at from ask where id = ?", LocalDateTime.class, askId);
    }

    private static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ReferenceRequest request(String opportunityId) {
        return new ReferenceRequest(opportunityId, "Prospect " + opportunityId, Industry.HEALTHCARE, SizeBand.LARGE,
                Region.EMEA, DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30, TODAY.plusDays(30),
                "sales@example.com", NOW);
    }
}
