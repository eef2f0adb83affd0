package org.peerproof.benchmarks;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The domain's services (entities, repositories, matching, directory, metrics) as the application runs them, without
 * web server, Vaadin or scheduled jobs, on a benchmark schema. The clock stands at the data set's
 * {@link DataSetGenerator#NOW}.
 */
@SpringBootApplication(scanBasePackages = "org.peerproof.domain")
@AutoConfigurationPackage(basePackages = "org.peerproof.domain")
class BenchmarkApplication {

    @Bean
    Clock clock() {
        return Clock.fixed(DataSetGenerator.NOW, ZoneOffset.UTC);
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** Starts the services on {@code database}'s schema, which holds a generated data set. */
    static ConfigurableApplicationContext start(BenchmarkDatabase database) throws SQLException {
        var properties = new HashMap<String, Object>(database.springProperties());
        // As in the app's application.yml: Hibernate only validates the schema Flyway built; instants in UTC.
        properties.put("spring.jpa.hibernate.ddl-auto", "validate");
        properties.put("spring.jpa.open-in-view", false);
        properties.put("spring.jpa.properties.hibernate.jdbc.time_zone", "UTC");
        properties.put("peerproof.jobs.enabled", false);
        // The outbox sender needs a mail sender to exist; with the jobs off it never connects.
        properties.put("spring.mail.host", "localhost");
        properties.put("peerproof.mail.base-url", "http://localhost:8080");
        properties.put("peerproof.mail.link-secret", "benchmark-only-link-secret-never-used-to-send");
        properties.put("spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(BenchmarkApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
    }
}
