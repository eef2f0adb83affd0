package org.peerproof.domain.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code peerproof.mail.*}: how mail goes out and what its links point at.
 *
 * @param baseUrl              public address of the application, the start of every link in a mail
 * @param linkSecret           HMAC key of the action links (at least 32 characters); no default, so a deployment
 *                             without one does not start
 * @param from                 sender address
 * @param programTeam          program managers' addresses for staff notices (there is no staff table)
 * @param unfulfilledAfterDays a request with no accepted ask this many days after it was filed is reported
 * @param batchSize            messages one run of the sender takes
 * @param maxAttempts          attempts before a message is FAILED
 * @param firstRetry           wait after the first failure; doubles each time up to {@code maxRetry}
 * @param maxRetry             longest wait between attempts
 * @param lease                a claim older than this is UNCERTAIN (the sender stopped between send and mark)
 */
@Validated
@ConfigurationProperties("peerproof.mail")
public record MailProperties(
        @NotBlank String baseUrl,
        @NotBlank @Size(min = 32) String linkSecret,
        @NotBlank @Email @DefaultValue("peerproof@localhost") String from,
        @DefaultValue List<@Email String> programTeam,
        @Positive @DefaultValue("5") int unfulfilledAfterDays,
        @Positive @DefaultValue("20") int batchSize,
        @Positive @DefaultValue("8") int maxAttempts,
        @NotNull @DefaultValue("30s") Duration firstRetry,
        @NotNull @DefaultValue("30m") Duration maxRetry,
        @NotNull @DefaultValue("10m") Duration lease) {

    /** An absolute link into the application. */
    public String url(String path) {
        return baseUrl.replaceAll("/+$", "") + "/" + path.replaceAll("^/+", "");
    }

    /** Exponential backoff: firstRetry, 2x, 4x, ... capped at maxRetry. */
    public Duration retryDelay(int failedAttempts) {
        var factor = 1L << Math.min(Math.max(failedAttempts - 1, 0), 20);
        var delay = firstRetry.multipliedBy(factor);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
