package org.peerproof.app.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.testsupport.MutableClock;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code PEERPROOF_CLOCK}: the application at another instant, ticking on; never under the prod profile. */
class ApplicationClockTest {

    static final Instant QUARTER_END = Instant.parse("2027-03-31T23:30:00Z");

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TimeConfiguration.class);

    @Test
    void startsAtTheGivenInstantAndTicksOnInRealTime() {
        var real = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
        var clock = ApplicationClock.of("2027-03-31T23:30:00Z", real);
        assertThat(clock.instant()).isEqualTo(QUARTER_END);

        real.advance(Duration.ofMinutes(45));
        assertThat(clock.instant()).isEqualTo(QUARTER_END.plus(Duration.ofMinutes(45)));
    }

    @Test
    void acceptsAnOffsetAndLeavesTheSystemClockAloneWhenBlank() {
        var real = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(ApplicationClock.of("2027-04-01T08:30:00+09:00", real).instant()).isEqualTo(QUARTER_END);
        assertThat(ApplicationClock.of(" ", real)).isSameAs(real);
        assertThat(ApplicationClock.of(null, real)).isSameAs(real);
    }

    @Test
    void refusesWhatIsNotAnInstantNamingTheSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApplicationClock.of("31.03.2027", Clock.systemUTC()))
                .withMessageContaining("peerproof.clock").withMessageContaining("31.03.2027");
        assertThatIllegalArgumentException().isThrownBy(() -> ApplicationClock.of("2027-03-31T23:30", Clock.systemUTC()))
                .withMessageContaining("ISO-8601 instant");
    }

    @Test
    void theApplicationRunsOnTheMovedClock() {
        context.withPropertyValues("peerproof.clock=2027-03-31T23:30:00Z").run(app -> {
            assertThat(app).hasNotFailed();
            assertThat(app.getBean(Clock.class).instant()).isCloseTo(QUARTER_END, within(1, ChronoUnit.MINUTES));
        });
    }

    @Test
    void withoutTheSettingTheApplicationRunsOnRealTime() {
        context.run(app -> assertThat(app.getBean(Clock.class).instant())
                // The one comparison with the machine's clock: it is what this case is about.
                .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES)));
    }

    @Test
    void theProdProfileRefusesToStartOnAMovedClock() {
        context.withPropertyValues("peerproof.clock=2027-03-31T23:30:00Z")
                .withInitializer(app -> app.getEnvironment().setActiveProfiles("prod"))
                .run(app -> assertThat(app).getFailure().rootCause()
                        .hasMessageContaining("prod profile runs on real time only"));
        context.withInitializer(app -> app.getEnvironment().setActiveProfiles("prod"))
                .run(app -> assertThat(app).hasNotFailed());
    }
}
