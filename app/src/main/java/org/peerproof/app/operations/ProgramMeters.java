package org.peerproof.app.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.peerproof.domain.ask.AskAnswered;
import org.peerproof.domain.ask.AskExpired;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskSent;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.notification.OutboxMessageRepository;
import org.peerproof.domain.notification.OutboxStatus;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The program's work as Prometheus meters (docs/reliability.md, Operations): asks sent, answered and expired count
 * what committed (the domain's events, after commit); requests by status and the mail outbox are read from the
 * database when Prometheus scrapes, so every node reports the same figures. Match latency is timed where it is
 * spent ({@code MatchingService}); scheduled job runs and failures come from Spring's own task observations
 * ({@code tasks.scheduled.execution}).
 */
@Component
class ProgramMeters {

    /** Mail that is still to go out: waiting for an attempt or being sent. */
    static final Set<OutboxStatus> OUTBOX_BACKLOG = EnumSet.of(OutboxStatus.PENDING, OutboxStatus.SENDING);

    private final AskRepository asks;
    private final Counter sent;
    private final Counter expired;
    private final Counter accepted;
    private final Counter declined;

    ProgramMeters(MeterRegistry meters, AskRepository asks, ReferenceRequestRepository requests,
                  OutboxMessageRepository outbox, Clock clock) {
        this.asks = asks;
        sent = Counter.builder("peerproof.asks.sent").description("Asks put to advocates").register(meters);
        expired = Counter.builder("peerproof.asks.expired").description("Asks that expired unanswered")
                .register(meters);
        accepted = answered(meters, AskStatus.ACCEPTED);
        declined = answered(meters, AskStatus.DECLINED);
        for (var status : RequestStatus.values()) {
            Gauge.builder("peerproof.requests", requests, repository -> repository.countByStatus(status))
                    .description("Reference requests by status").tag("status", tag(status)).register(meters);
        }
        Gauge.builder("peerproof.outbox.backlog", outbox, repository -> repository.countByStatusIn(OUTBOX_BACKLOG))
                .description("Mails waiting to be sent or being sent").register(meters);
        TimeGauge.builder("peerproof.outbox.oldest.pending.age", outbox, TimeUnit.SECONDS,
                        repository -> repository.oldestCreatedAt(OUTBOX_BACKLOG)
                                .map(oldest -> Duration.between(oldest, clock.instant()).toSeconds()).orElse(0L))
                .description("Age of the oldest mail still to be sent; 0 when none waits").register(meters);
    }

    @TransactionalEventListener
    void on(AskSent event) {
        sent.increment();
    }

    @TransactionalEventListener
    void on(AskExpired event) {
        expired.increment();
    }

    /** The event names the ask; its committed status says which answer it was. */
    @TransactionalEventListener
    void on(AskAnswered event) {
        asks.findById(event.askId()).map(ask -> ask.getStatus() == AskStatus.ACCEPTED ? accepted : declined)
                .ifPresent(Counter::increment);
    }

    private static Counter answered(MeterRegistry meters, AskStatus answer) {
        return Counter.builder("peerproof.asks.answered").description("Asks the advocate accepted or declined")
                .tag("answer", tag(answer)).register(meters);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
