package org.peerproof.app.time;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * One clock for the whole application: every rule about "today" reads it, so tests and demos can fix or move "now".
 * Security keeps real time on purpose: token and session lifetimes are checked against the system clock, since
 * Keycloak stamps tokens with real time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TimeConfiguration.class);

    @Bean
    Clock clock(@Value("${" + ApplicationClock.START_PROPERTY + ":}") String startAt, Environment environment) {
        var system = Clock.systemUTC();
        var start = ApplicationClock.parse(startAt);
        if (start.isEmpty()) {
            return system;
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(ApplicationClock.START_PROPERTY + " (PEERPROOF_CLOCK) moves the "
                    + "application's clock for demos and tests; the prod profile runs on real time only. Unset it.");
        }
        var clock = ApplicationClock.startingAt(start.get(), system);
        log.warn("The application clock is moved: it started at {} (real time {}) and ticks on from there",
                clock.instant(), system.instant());
        return clock;
    }
}
