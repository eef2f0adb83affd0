package org.peerproof.domain.shared.validation;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's notion of "now" ({@code @NearToday}, {@code @Future}, ...) is the application Clock, never the
 * machine's: tests and the demo run at their own time.
 */
@Configuration(proxyBeanMethods = false)
public class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer applicationClockForValidation(ObjectProvider<Clock> clock) {
        return configuration -> configuration.clockProvider(
                () -> clock.getIfAvailable(Clock::systemDefaultZone));
    }
}
