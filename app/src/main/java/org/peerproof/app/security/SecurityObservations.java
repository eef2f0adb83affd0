package org.peerproof.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observations of Spring Security's filters, authentications and authorizations. With an observation
 * registry present Spring Security wraps each of the chain's dozen filters in an observation of its own: 9 % of the
 * JSON API's CPU at 50 clients (scripts/benchmark.sh api with a flight recording, docs/benchmarks.md), for timers
 * no dashboard or alert reads. Requests stay observed
 * as a whole ({@code http_server_requests_seconds}, docs/reliability.md), and every check still runs.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
