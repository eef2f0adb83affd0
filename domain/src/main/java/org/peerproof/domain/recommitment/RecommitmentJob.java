package org.peerproof.domain.recommitment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, on one node: recommitment reminders at 30 and 7 days, and lapses on the due date (rule 6). */
@Component
public class RecommitmentJob {

    private static final Logger log = LoggerFactory.getLogger(RecommitmentJob.class);

    private final RecommitmentCampaigns campaigns;

    public RecommitmentJob(RecommitmentCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    // Hourly rather than daily: advocates' days start at different hours in their own time zones.
    @Scheduled(cron = "${peerproof.jobs.recommitment.cron:0 20 * * * *}")
    @SchedulerLock(name = "recommitment-deadlines", lockAtMostFor = "PT15M")
    public void run() {
        int lapsed = campaigns.remindAndLapse();
        if (lapsed > 0) {
            log.info("{} recommitment(s) lapsed", lapsed);
        }
    }
}
