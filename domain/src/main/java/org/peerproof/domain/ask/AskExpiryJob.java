package org.peerproof.domain.ask;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few minutes, on one node: expire overdue asks and move requests left without one on (see {@link AskExpiry}). */
@Component
public class AskExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(AskExpiryJob.class);

    private final AskExpiry expiry;

    public AskExpiryJob(AskExpiry expiry) {
        this.expiry = expiry;
    }

    // The lock is held for the interval: another node whose own schedule falls within it skips.
    @Scheduled(fixedDelayString = "${peerproof.jobs.ask-expiry.interval:PT5M}",
            initialDelayString = "${peerproof.jobs.ask-expiry.initial-delay:PT1M}")
    @SchedulerLock(name = "askExpiry", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${peerproof.jobs.ask-expiry.interval:PT5M}")
    public void run() {
        expiry.expireDue();
        for (var requestId : expiry.requestsWaitingForNextMatch()) {
            try {
                expiry.moveToNextMatch(requestId);
            } catch (RuntimeException failed) {
                // One request's trouble must not hold up the others; it is picked up again on the next run.
                log.warn("Could not move request {} to its next match", requestId, failed);
            }
        }
    }
}
