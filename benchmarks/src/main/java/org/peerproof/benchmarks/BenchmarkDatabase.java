package org.peerproof.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * The MariaDB (or MySQL) server the benchmark fills: the test server of the README, 127.0.0.1:3306 as root without
 * a password unless {@code PEERPROOF_TEST_DB_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD} say otherwise.
 * Each data set lives in a schema of its own, built by the application's Flyway migrations.
 */
public final class BenchmarkDatabase {

    private static final String HOST = setting("PEERPROOF_TEST_DB_HOST", "127.0.0.1");
    private static final String PORT = setting("PEERPROOF_TEST_DB_PORT", "3306");
    private static final String USER = setting("PEERPROOF_TEST_DB_USER", "root");
    private static final String PASSWORD = setting("PEERPROOF_TEST_DB_PASSWORD", "");
    private static final Pattern MARIADB_VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\..*MariaDB");

    private final String schema;

    public BenchmarkDatabase(String schema) {
        if (!schema.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain schema name: " + schema);
        }
        this.schema = schema;
    }

    public String schema() {
        return schema;
    }

    /** Drops the schema if it exists, creates it empty and migrates it to the application's current schema. */
    public void recreate() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + schema);
        execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Flyway.configure().dataSource(url(), USER, PASSWORD).locations("classpath:db/migration").load().migrate();
    }

    public void drop() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + schema);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    /** The server's version string, e.g. "10.11.19-MariaDB-0+deb12u1". */
    public String serverVersion() throws SQLException {
        return queryString("SELECT VERSION()");
    }

    /** How many advocates the schema holds. */
    public long advocates() throws SQLException {
        return Long.parseLong(queryString("SELECT COUNT(*) FROM " + schema + ".advocate"));
    }

    /** The server's InnoDB buffer pool, in MiB: whether the data set fits in memory decides many timings. */
    public long bufferPoolMebibytes() throws SQLException {
        return Long.parseLong(queryString("SELECT @@innodb_buffer_pool_size")) / (1024 * 1024);
    }

    /** Datasource and Hibernate settings of a Spring context on this schema (the app's mysql + mariadb profiles). */
    public Map<String, Object> springProperties() throws SQLException {
        var properties = new HashMap<String, Object>(Map.of(
                "spring.datasource.url", url(),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD));
        // Connector/J reports MariaDB 10.x as "5.5.5-10.x", which Hibernate would take for an unsupported MySQL 5.5.
        var mariaDb = MARIADB_VERSION.matcher(serverVersion());
        if (mariaDb.find()) {
            properties.put("spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB");
            properties.put("spring.jpa.properties.jakarta.persistence.database-major-version", mariaDb.group(1));
            properties.put("spring.jpa.properties.jakarta.persistence.database-minor-version", mariaDb.group(2));
        }
        return properties;
    }

    /**
     * Instants are stored as UTC (the session zone is pinned, as in the app's mysql profile); batched inserts are
     * rewritten into multi-row INSERTs, which makes generating a million rows a matter of seconds.
     */
    private String url() {
        return urlOf(schema);
    }

    private static String urlOf(String schema) {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/" + schema + "?connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&sslMode=DISABLED&rewriteBatchedStatements=true";
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(urlOf(""), USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(urlOf(""), USER, PASSWORD);
             var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String setting(String name, String defaultValue) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank()).orElse(defaultValue);
    }
}
