package org.peerproof.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Issue 15's JSON API measurement: the real application on a generated data set, called with real Keycloak access
 * tokens by {@link ApiLoad#clients} concurrent clients, each signed in as a different generated advocate.
 * Measured as a mobile app uses it: {@code GET /api/v1/me} and {@code GET /api/v1/asks} (as the API answers it
 * today, default page). Needs Keycloak (scripts/keycloak.sh) and the app jar; scripts/benchmark.sh provides both.
 */
final class ApiBenchmark {

    static final List<String> ENDPOINTS = List.of("/api/v1/me", "/api/v1/asks");
    static final int PORT = 18090;
    static final int MANAGEMENT_PORT = 18091;
    static final URI KEYCLOAK = URI.create(setting("PEERPROOF_BENCHMARK_KEYCLOAK_URL", "http://localhost:8180"));
    /** Extra JVM options of the application, e.g. a flight recording while profiling; none by default. */
    static final String JAVA_OPTIONS_VARIABLE = "PEERPROOF_BENCHMARK_APP_JAVA_OPTIONS";

    /**
     * One run's figures and what they were taken on.
     *
     * @param dataSet       the data set's size label
     * @param advocates     the distinct advocates signed in (one per client)
     * @param asks          the asks those advocates have between them
     * @param javaOptions   the application's JVM options
     * @param results       one per endpoint, in {@link #ENDPOINTS} order
     */
    record Result(String dataSet, int advocates, long asks, List<String> javaOptions, List<ApiLoad.Result> results) {
    }

    /** A generated advocate the benchmark signs in as. */
    private record Advocate(long id, String email, String name) {
    }

    private final BenchmarkDatabase database;
    private final ApiLoad load;

    ApiBenchmark(BenchmarkDatabase database, ApiLoad load) {
        this.database = database;
        this.load = load;
    }

    /** Measures every endpoint on the data set now in the database ({@code dataSet} names it in the report). */
    Result run(String dataSet, Consumer<ApiLoad.Result> done) throws SQLException, IOException, InterruptedException {
        var advocates = advocates(load.clients());
        long asks = asksOf(advocates);
        unlink(advocates);
        try (var keycloak = BenchmarkKeycloak.open(KEYCLOAK)) {
            for (var advocate : advocates) {
                var names = advocate.name().split(" ", 2);
                keycloak.addAdvocate(advocate.email(), names[0], names.length > 1 ? names[1] : names[0]);
            }
            var javaOptions = javaOptions();
            try (var app = ApplicationProcess.start(PORT, MANAGEMENT_PORT, javaOptions, environment(keycloak),
                    arguments())) {
                firstVisits(app.base(), keycloak, advocates);
                var results = new ArrayList<ApiLoad.Result>();
                for (var endpoint : ENDPOINTS) {
                    // Fresh tokens for each endpoint: the realm's access tokens live five minutes.
                    var tokens = new ArrayList<String>();
                    for (var advocate : advocates) {
                        tokens.add(keycloak.accessToken(advocate.email()));
                    }
                    var result = load.measure(app.base(), endpoint, tokens, watched(app));
                    done.accept(result);
                    results.add(result);
                }
                return new Result(dataSet, advocates.size(), asks, javaOptions, results);
            }
        }
    }

    /**
     * The first active advocates of reviewed accounts, by id: ordinary advocates with the history the generator
     * gave them, not the busiest ones.
     */
    private List<Advocate> advocates(int count) throws SQLException {
        try (var connection = database.connect(); var statement = connection.prepareStatement("""
                SELECT a.id, a.email, a.name FROM advocate a JOIN customer_account c ON c.id = a.customer_account_id
                WHERE a.status = 'ACTIVE' AND NOT c.pending_review ORDER BY a.id LIMIT ?""")) {
            statement.setInt(1, count);
            var advocates = new ArrayList<Advocate>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    advocates.add(new Advocate(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            if (advocates.size() < count) {
                throw new IllegalStateException("The data set has only " + advocates.size() + " active advocates");
            }
            return advocates;
        }
    }

    private long asksOf(List<Advocate> advocates) throws SQLException {
        try (var connection = database.connect();
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM ask WHERE advocate_id IN ("
                     + placeholders(advocates) + ")")) {
            bindIds(statement, advocates);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * As generated, advocates are not linked to Keycloak users. A run on a reused data set finds them linked to the
     * users of an earlier run, which are gone: unlinked again, they are claimed by email as on a fresh data set.
     */
    private void unlink(List<Advocate> advocates) throws SQLException {
        try (var connection = database.connect();
             var statement = connection.prepareStatement("UPDATE advocate SET keycloak_user_id = NULL WHERE id IN ("
                     + placeholders(advocates) + ")")) {
            bindIds(statement, advocates);
            statement.executeUpdate();
        }
    }

    private static String placeholders(List<Advocate> advocates) {
        return String.join(",", Collections.nCopies(advocates.size(), "?"));
    }

    private static void bindIds(PreparedStatement statement, List<Advocate> advocates) throws SQLException {
        for (int i = 0; i < advocates.size(); i++) {
            statement.setLong(i + 1, advocates.get(i).id());
        }
    }

    /** The application's settings: production profiles on the benchmark schema, the benchmark client accepted. */
    private Map<String, String> environment(BenchmarkKeycloak keycloak) {
        return Map.of("SPRING_PROFILES_ACTIVE", "prod,mysql",
                "PEERPROOF_OIDC_ISSUER_URI", keycloak.issuer().toString(),
                "PEERPROOF_API_CLIENTS", "peerproof-pwa," + BenchmarkKeycloak.CLIENT_ID,
                "PEERPROOF_MAIL_LINK_SECRET", HexFormat.of().formatHex(new SecureRandom().generateSeed(32)),
                "PEERPROOF_DATA_DIR", "benchmarks/target/api-app-data");
    }

    private List<String> arguments() throws SQLException {
        var arguments = new ArrayList<String>();
        database.springProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.add("--peerproof.jobs.enabled=false");
        return arguments;
    }

    private static List<String> javaOptions() {
        var options = setting(JAVA_OPTIONS_VARIABLE, "").strip();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }

    /**
     * Each advocate's first call, before any timing: it links the generated advocate to the Keycloak user (by the
     * verified email), a write that happens once per person.
     */
    private static void firstVisits(URI base, BenchmarkKeycloak keycloak, List<Advocate> advocates)
            throws IOException, InterruptedException {
        try (var http = HttpClient.newHttpClient()) {
            for (var advocate : advocates) {
                var request = HttpRequest.newBuilder(base.resolve(ENDPOINTS.getFirst()))
                        .header("Authorization", "Bearer " + keycloak.accessToken(advocate.email())).build();
                var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200 || !answer.body().contains(advocate.email())) {
                    throw new IllegalStateException("First call as " + advocate.email() + " answered "
                            + answer.statusCode() + ": " + answer.body());
                }
            }
        }
    }

    /** The processes whose CPU time per request is reported: the application and, on this machine, the database. */
    private static Map<String, ProcessHandle> watched(ApplicationProcess app) {
        var watched = new LinkedHashMap<String, ProcessHandle>();
        watched.put("application", app.handle());
        ProcessHandle.allProcesses()
                .filter(process -> process.info().command()
                        .filter(command -> command.endsWith("/mariadbd") || command.endsWith("/mysqld")).isPresent())
                .findFirst().ifPresent(database -> watched.put("database", database));
        return watched;
    }

    private static String setting(String name, String defaultValue) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
