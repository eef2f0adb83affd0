package org.peerproof.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The application's MariaDB connections are killed again and again while an advocate adds 100 blackouts (issue 14,
 * finding 2): every write the API acknowledged (201) is stored, none twice, and every other answer is a 503
 * problem with Retry-After, never an empty 200, a 403 or a 500. Figures go to docs/reliability.md.
 */
@PeerProofAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFaultTest {

    static final String CARLA = "advocate3@peerproof.test";
    static final int WRITES = 100;

    private final ApiClient api = new ApiClient();

    @Autowired AdvocateRepository advocates;
    @Autowired Clock clock;
    @Value("${spring.datasource.url}") String databaseUrl;
    @Value("${spring.datasource.username}") String databaseUser;
    @Value("${spring.datasource.password}") String databasePassword;

    @BeforeAll
    void keycloakRuns() {
        KeycloakTestServer.requireRunning();
        api.token(CARLA);
    }

    @Test
    void noAcknowledgedWriteIsLostWhileConnectionsDrop() throws Exception {
        var carla = advocates.findByEmailIgnoreCase(CARLA).orElseThrow().getId();
        // Single days two apart, far beyond the demo data's blackouts and within ten years of the clock.
        var first = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(2000);
        var kills = new AtomicInteger();
        var burstRunning = new AtomicBoolean(true);
        var answers = new ArrayList<HttpResponse<String>>();
        var acknowledged = new ArrayList<LocalDate>();
        try (var killer = Executors.newSingleThreadExecutor()) {
            var killing = killer.submit(() -> {
                while (burstRunning.get()) {
                    kills.addAndGet(killApplicationConnections());
                    TimeUnit.MILLISECONDS.sleep(40);
                }
                return null;
            });
            for (int i = 0; i < WRITES; i++) {
                var day = first.plusDays(2L * i);
                var response = api.as(CARLA, "POST", "/api/v1/me/availability/blackouts",
                        "{\"startDate\":\"" + day + "\",\"endDate\":\"" + day + "\"}");
                answers.add(response);
                if (response.statusCode() == 201) {
                    acknowledged.add(day);
                }
            }
            burstRunning.set(false);
            killing.get();
        }

        var stored = storedBlackouts(carla, first);
        var unavailable = answers.stream().filter(response -> response.statusCode() == 503).toList();
        System.out.printf("DatabaseFaultTest: %d writes, %d connections killed, %d acknowledged (201), "
                        + "%d answered 503, %d stored, %d stored although not acknowledged%n",
                WRITES, kills.get(), acknowledged.size(), unavailable.size(), stored.size(),
                stored.size() - acknowledged.size());

        assertThat(kills.get()).as("connections killed").isPositive();
        assertThat(answers).allSatisfy(response -> assertThat(response.statusCode())
                .as(response.statusCode() + " " + response.body()).isIn(201, 503));
        assertThat(unavailable).allSatisfy(response -> {
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            ApiErrorContractTest.assertProblem(response, 503);
        });
        assertThat(stored).as("every acknowledged write is stored").containsAll(acknowledged);
        assertThat(new HashSet<>(stored)).as("no write is stored twice").hasSameSizeAs(stored);
        // After the faults the API works again at once, even on the connections that were in use just before
        // the last kill: every borrowed connection is checked (docs/reliability.md, R13).
        assertThat(api.as(CARLA, "GET", "/api/v1/me/availability", null).statusCode()).isEqualTo(200);
        killApplicationConnections();
        for (int i = 0; i < 5; i++) {
            assertThat(api.as(CARLA, "GET", "/api/v1/me/availability", null).statusCode())
                    .as("read %d after the database dropped every connection", i + 1).isEqualTo(200);
        }
    }

    /** Kills every connection the application holds on the test's schema, from a connection of its own. */
    private int killApplicationConnections() throws SQLException {
        try (var admin = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
             var find = admin.prepareStatement("SELECT ID FROM information_schema.PROCESSLIST "
                     + "WHERE DB = DATABASE() AND ID <> CONNECTION_ID()")) {
            var killed = 0;
            try (var rows = find.executeQuery()) {
                var ids = new ArrayList<Long>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                for (var id : ids) {
                    try (var kill = admin.createStatement()) {
                        kill.execute("KILL " + id);
                        killed++;
                    } catch (SQLException alreadyGone) {
                        // The connection closed between the query and the kill.
                    }
                }
            }
            return killed;
        }
    }

    private List<LocalDate> storedBlackouts(long advocateId, LocalDate from) throws SQLException {
        try (var connection = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
             var query = connection.prepareStatement(
                     "SELECT start_date FROM advocate_blackout WHERE advocate_id = ? AND start_date >= ?")) {
            query.setLong(1, advocateId);
            query.setObject(2, from);
            var stored = new ArrayList<LocalDate>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getObject(1, LocalDate.class));
                }
            }
            return stored;
        }
    }
}
