package org.peerproof.domain.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.matching.EligibilitySnapshots;
import org.peerproof.domain.recommitment.RecommitmentAnswers;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.i18n.MessagesConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The notification feature on a JPA slice with the ask services, a real SMTP server (GreenMail on a free port,
 * so parallel builds on one machine do not collide) and a clock the test moves.
 */
@TestConfiguration
@ComponentScan(basePackageClasses = Outbox.class)
// Only the ask feature's link handlers: a plain scan would pick up other tests' configurations in that package.
@ComponentScan(basePackageClasses = AskResponses.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.AskLinkHandlers"))
@ComponentScan(basePackageClasses = RecommitmentAnswers.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.RecommitmentLinkHandlers"))
@Import({AskResponses.class, RecommitmentAnswers.class, AdvocateSignUpService.class, AuditTrail.class, EligibilityNow.class, EligibilitySnapshots.class,
        MessagesConfiguration.class})
@ImportAutoConfiguration({ValidationAutoConfiguration.class, MailSenderAutoConfiguration.class})
class MailTestSetup {

    static final Instant START = Instant.parse("2026-05-12T09:00:00Z");
    static final int SMTP_PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Bean
    MutableClock clock() {
        return new MutableClock(START);
    }

    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
        registry.add("peerproof.mail.base-url", () -> "https://peerproof.example.com");
        registry.add("peerproof.mail.link-secret", () -> "test-secret-test-secret-test-secret-42");
        registry.add("peerproof.mail.program-team", () -> "pm@peerproof.example.com");
        registry.add("peerproof.jobs.enabled", () -> "false");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
