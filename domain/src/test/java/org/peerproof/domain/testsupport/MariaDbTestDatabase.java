package org.peerproof.domain.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a Spring test context its own, freshly created schema on the real MariaDB (or MySQL) server, so tests see
 * exactly what Flyway builds there and never share data with other contexts or runs. The schema is dropped when
 * the context closes (or fails to start).
 *
 * <p>Server: 127.0.0.1:3306, user root, empty password; override with the environment variables
 * {@code PEERPROOF_TEST_DB_HOST}, {@code PEERPROOF_TEST_DB_PORT}, {@code PEERPROOF_TEST_DB_USER},
 * {@code PEERPROOF_TEST_DB_PASSWORD}. Use with {@code @ContextConfiguration(initializers = MariaDbTestDatabase.class)}.
 */
public class MariaDbTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String HOST = setting("PEERPROOF_TEST_DB_HOST", "127.0.0.1");
    private static final String PORT = setting("PEERPROOF_TEST_DB_PORT", "3306");
    private static final String USER = setting("PEERPROOF_TEST_DB_USER", "root");
    private static final String PASSWORD = setting("PEERPROOF_TEST_DB_PASSWORD", "");
    private static final Pattern MARIADB_VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\..*MariaDB");
    private static final String PROPERTY_SOURCE = "mariaDbTestDatabase";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
            throw new IllegalStateException("Unsupported bean factory " + context.getBeanFactory().getClass());
        }
        var schema = "peerproof_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        var serverVersion = execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        // Registered first, so destroyed last (after the connection pool) on close and also when refresh fails.
        registry.registerDisposableBean(MariaDbTestDatabase.class.getName(),
                () -> execute("DROP DATABASE IF EXISTS " + schema));

        var properties = new HashMap<String, Object>(Map.of(
                "spring.datasource.url", url(schema),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                // Spring keeps every test context (and its pool) open until the JVM ends: small, shrinking pools
                // keep a full test run under the server's max_connections (151 by default).
                "spring.datasource.hikari.maximum-pool-size", 5,
                "spring.datasource.hikari.minimum-idle", 1,
                "spring.datasource.hikari.idle-timeout", 10_000));
        // Connector/J reports MariaDB 10.x as "5.5.5-10.x", which Hibernate would take for an unsupported MySQL 5.5.
        var mariaDb = MARIADB_VERSION.matcher(serverVersion);
        if (mariaDb.find()) {
            properties.put("spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB");
            properties.put("spring.jpa.properties.jakarta.persistence.database-major-version", mariaDb.group(1));
            properties.put("spring.jpa.properties.jakarta.persistence.database-minor-version", mariaDb.group(2));
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    /**
     * Points another context at the schema {@code first} was given, as the second node of one deployment: it
     * neither creates nor drops the schema, so close it before {@code first}.
     */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> sameSchemaAs(
            ConfigurableApplicationContext first) {
        var database = first.getEnvironment().getPropertySources().get(PROPERTY_SOURCE);
        if (database == null) {
            throw new IllegalArgumentException("That context was not given a schema by " + MariaDbTestDatabase.class);
        }
        return context -> context.getEnvironment().getPropertySources().addFirst(database);
    }

    private static String url(String schema) {
        // The application stores instants as UTC; the session zone keeps DATETIME reads and writes consistent.
        return "jdbc:mysql://" + HOST + ":" + PORT + "/" + schema
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED";
    }

    /** Runs one statement on the server (outside any schema) and returns the server's version string. */
    private static String execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url(""), USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute(sql);
            try (var version = statement.executeQuery("SELECT VERSION()")) {
                version.next();
                return version.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test database at " + HOST + ":" + PORT + " failed on: " + sql, e);
        }
    }

    private static String setting(String name, String defaultValue) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank()).orElse(defaultValue);
    }
}
