package org.peerproof.domain.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduled jobs (ask expiry, outbox sender, reminders). Several nodes may run the application, so
 * every job also carries {@code @SchedulerLock}: the {@code shedlock} table (Flyway V1) lets one node run it at a
 * time. Tests that drive a job by hand switch the schedule off with {@code peerproof.jobs.enabled=false}.
 *
 * <p>A run keeps its lock for at least {@code peerproof.jobs.lock-at-least-for}: without that, a short cron job
 * finished on the node whose clock is ahead is free again when the node whose clock lags reaches the same tick,
 * and runs a second time (reliability R12). Jobs on a fixed delay hold it for their interval instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", defaultLockAtLeastFor = "${peerproof.jobs.lock-at-least-for:PT1M}")
@ConditionalOnBooleanProperty(name = "peerproof.jobs.enabled", matchIfMissing = true)
public class SchedulingConfiguration {

    /**
     * Locks in the database, counted: a job's body runs only on the node that got its lock, so the locks granted
     * are the job's real runs ({@code peerproof.jobs.runs}); a tick that found the lock held runs nothing.
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource, MeterRegistry meters) {
        // The database's clock, not each node's: nodes with skewed clocks still agree on who holds a lock.
        var database = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        return job -> {
            var lock = database.lock(job);
            lock.ifPresent(granted -> Counter.builder("peerproof.jobs.runs").description("Scheduled job runs")
                    .tag("job", job.getName()).register(meters).increment());
            return lock;
        };
    }
}
