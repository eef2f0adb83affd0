package org.peerproof.domain.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.testsupport.DomainFixtures.account;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;
import static org.peerproof.domain.testsupport.DomainFixtures.request;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateDirectory;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.DirectoryFilter;
import org.peerproof.domain.advocate.DirectoryRow;
import org.peerproof.domain.matching.AskHistories;
import org.peerproof.domain.matching.EligibilitySnapshots;
import org.peerproof.domain.matching.MatchCandidate;
import org.peerproof.domain.matching.MatchIndex;
import org.peerproof.domain.matching.MatchingService;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Issue 14 (docs/reliability.md): a row that breaks an invariant, written past the application (a restore, a manual
 * fix, a row older than the constraint), costs only that row: the directory and the ranking answer for everyone.
 */
@MariaDbJpaTest
@Import({AdvocateDirectory.class, AskHistories.class, MatchingService.class, MatchIndex.class,
        EligibilitySnapshots.class, SimpleMeterRegistry.class, BadRowDegradationTest.FixedClock.class})
class BadRowDegradationTest {

    static final Instant NOW = Instant.parse("2026-05-12T09:00:00Z");
    static final SignedInUser PROGRAM_MANAGER = new SignedInUser("pm", "pm@peerproof.test", true, "pm", null,
            Set.of(Roles.PROGRAM_MANAGER));

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired AdvocateDirectory directory;
    @Autowired MatchingService matching;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired ReferenceRequestRepository requests;
    @Autowired EntityManager entityManager;

    @Test
    void aRowWithBrokenWorkingHoursOrTimeZoneCostsOnlyThatRow() {
        var acme = accounts.save(account("Acme Health"));
        var good = advocates.save(active(activeAdvocate(acme, "good@acme.test")));
        var badHours = advocates.save(active(activeAdvocate(acme, "hours@acme.test")));
        var badZone = advocates.save(active(activeAdvocate(acme, "zone@acme.test")));
        var requestId = requests.save(request("OPP-BAD-ROW")).getId();
        entityManager.flush();
        // What the request stored (09:00-00:00), and a zone no release ever wrote: past the CHECK constraint.
        sql("SET SESSION check_constraint_checks = 0");
        sql("UPDATE advocate SET working_hours_start = '09:00:00', working_hours_end = '00:00:00' WHERE id = "
                + badHours.getId());
        sql("UPDATE advocate SET time_zone = 'Mars/Olympus_Mons' WHERE id = " + badZone.getId());
        sql("SET SESSION check_constraint_checks = 1");
        entityManager.clear();

        var listed = directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE, 0, 50, List.of()).stream()
                .map(DirectoryRow::id).toList();
        var ranked = matching.rank(requestId, NOW, true).stream().map(MatchCandidate::advocateId).toList();

        assertThat(listed).contains(good.getId(), badHours.getId(), badZone.getId());
        assertThat(ranked).contains(good.getId(), badHours.getId()).doesNotContain(badZone.getId());
        assertThat(advocates.findById(badHours.getId()).orElseThrow().getWorkingHours()).isNull();
    }

    @Test
    void theDatabaseRefusesWorkingHoursThatBreakTheRule() {
        var id = advocates.save(active(activeAdvocate(accounts.save(account("Globex")), "check@globex.test"))).getId();
        entityManager.flush();
        for (var hours : List.of("'09:00:00', '00:00:00'", "'09:00:00', '17:00:30'", "'17:00:00', '17:00:00'")) {
            var pair = hours.split(", ");
            assertThatThrownBy(() -> sql("UPDATE advocate SET working_hours_start = " + pair[0]
                    + ", working_hours_end = " + pair[1] + " WHERE id = " + id)).as(hours)
                    .isInstanceOf(PersistenceException.class);
        }
        sql("UPDATE advocate SET working_hours_start = '09:00:00', working_hours_end = '17:30:00' WHERE id = " + id);
    }

    private static Advocate active(Advocate advocate) {
        advocate.changeStatus(AdvocateStatus.ACTIVE);
        return advocate;
    }

    private void sql(String statement) {
        entityManager.createNativeQuery(statement).executeUpdate();
    }
}
