package org.peerproof.domain.matching;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's copy of what ranking reads about every matchable advocate, as compact {@link MatchRow}s (ADR 0004),
 * so a ranking is one pass over memory instead of loading every advocate as an entity.
 *
 * <p>Freshness: the index holds committed data. A write on this node names the advocates it touched
 * ({@link MatchIndexListener}); once it commits, the next ranking reads those rows again first. Writes on other nodes
 * are found by polling the change stamps every {@code peerproof.matching.index.poll-interval} (1 s), looking back
 * {@code peerproof.matching.index.overlap} (1 min) before the last poll for clock skew and transactions still
 * committing; changes to tiers or activity types, and every {@code peerproof.matching.index.rebuild-interval} (1 h)
 * as a safety net, read everything again. Every node polls for itself, so this is no ShedLock job (R12); with
 * {@code peerproof.jobs.enabled=false}, as in tests that drive time by hand, there is no poll and only this node's
 * own writes reach the index. A ranking inside a transaction that wrote also sees those uncommitted rows, read in
 * that transaction, without putting them in the index. Safety never depends on the index: asking and accepting
 * check rule 1 again on fresh data under the advocate's row lock.
 */
@Component
public class MatchIndex implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MatchIndex.class);
    /** Asks kept per advocate: the usage window (12 months) and every quarter in it, with room to spare. */
    private static final int ASK_HISTORY_MONTHS = 15;

    private final MatchDictionaries dictionaries = MatchDictionaries.empty();
    private final MatchRowLoader loader;
    private final StampPoll stamps;
    private final TransactionTemplate ownReads;
    private final EntityManager entityManager;
    private final ObjectProvider<Clock> clock;
    private final Duration pollInterval;
    private final Duration overlap;
    private final Duration rebuildInterval;
    private final boolean polling;

    /** Held while the snapshot is replaced and while polling, which reads and writes the poll state below. */
    private final Object refreshLock = new Object();
    private volatile IndexSnapshot snapshot;
    private Instant polledUpTo;
    private long builtAtNanos;
    private boolean pollFailing;
    /** Changes committed on this node since the snapshot; guarded by itself. */
    private final IndexChanges committed = new IndexChanges();
    private ScheduledExecutorService poller;
    private volatile boolean running;

    public MatchIndex(DataSource dataSource, PlatformTransactionManager transactions, EntityManager entityManager,
                      ObjectProvider<Clock> clock,
                      @Value("${peerproof.matching.index.poll-interval:PT1S}") Duration pollInterval,
                      @Value("${peerproof.matching.index.overlap:PT1M}") Duration overlap,
                      @Value("${peerproof.matching.index.rebuild-interval:PT1H}") Duration rebuildInterval,
                      @Value("${peerproof.jobs.enabled:true}") boolean jobsEnabled) {
        var jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.loader = new MatchRowLoader(jdbc, dictionaries);
        this.stamps = new StampPoll(jdbc);
        this.ownReads = new TransactionTemplate(transactions);
        ownReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ownReads.setReadOnly(true);
        this.entityManager = entityManager;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.overlap = overlap;
        this.rebuildInterval = rebuildInterval;
        this.polling = jobsEnabled && pollInterval.isPositive();
    }

    MatchDictionaries dictionaries() {
        return dictionaries;
    }

    /**
     * Brings the index up to what is committed for a ranking at {@code askedAt}: reads the rows this node's committed
     * writes changed again, or everything when the index is not built yet or holds too few months of asks. Call it
     * outside the transaction that ranks, so the reads do not take a second connection.
     */
    void catchUp(Instant askedAt) {
        var needed = MatchQuery.earliestAskCounted(askedAt);
        var current = snapshot;
        if (current != null && !current.askHorizon().isAfter(needed) && !hasCommittedChanges()) {
            return;
        }
        synchronized (refreshLock) {
            current = snapshot;
            if (current == null || current.askHorizon().isAfter(needed)) {
                // A ranking further back than the asks held (tests, mostly): as many months to spare as usual.
                var sooner = needed.atZone(ZoneOffset.UTC).minusMonths(ASK_HISTORY_MONTHS - 12).toInstant();
                rebuild(sooner.isBefore(defaultHorizon()) ? sooner : defaultHorizon());
            } else {
                applyCommitted();
            }
        }
    }

    /**
     * The rows as the current transaction sees them: the index, with the advocates this transaction wrote (flushed
     * first) read again in it. Call after {@link #catchUp} and inside the ranking's transaction.
     */
    IndexSnapshot rowsForThisTransaction() {
        var current = snapshot;
        if (current == null) {
            throw new IllegalStateException("The matching index has not caught up yet");
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return current;
        }
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entityManager.flush();
        }
        var own = (IndexChanges) TransactionSynchronizationManager.getResource(this);
        if (own == null || own.isEmpty()) {
            return current;
        }
        return current.with(own, loader.loadChanged(own, current.askHorizon()));
    }

    /**
     * Every matchable advocate, by ascending id, as {@link #rowsForThisTransaction} sees them once the index has
     * caught up. Catching up reads in a transaction of its own, so call this before the caller's transaction, as a
     * ranking does, or it holds a second connection while it reads.
     */
    public List<MatchableAdvocate> matchableAdvocates() {
        catchUp(now());
        var products = dictionaries.products();
        return Arrays.stream(rowsForThisTransaction().rows())
                .map(row -> new MatchableAdvocate(row.id(), row.name(), row.industry(), row.region(),
                        Set.copyOf(products.valuesOf(row.products())), row.persona()))
                .toList();
    }

    void advocateChanged(Long advocateId) {
        record(changes -> changes.advocate(advocateId));
    }

    void accountChanged(Long accountId) {
        record(changes -> changes.account(accountId));
    }

    void programDataChanged() {
        record(IndexChanges::everything);
    }

    /** Collects a write into its transaction's changes, which join the committed ones if it commits. */
    private void record(Consumer<IndexChanges> change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            synchronized (committed) {
                change.accept(committed);
            }
            return;
        }
        var changes = (IndexChanges) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            changes = new IndexChanges();
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(new TransactionChanges(changes));
        }
        change.accept(changes);
    }

    private boolean hasCommittedChanges() {
        synchronized (committed) {
            return !committed.isEmpty();
        }
    }

    private IndexChanges takeCommitted() {
        synchronized (committed) {
            var taken = new IndexChanges();
            taken.add(committed);
            committed.clear();
            return taken;
        }
    }

    private void giveBack(IndexChanges changes) {
        synchronized (committed) {
            committed.add(changes);
        }
    }

    /** Under the refresh lock. */
    private void applyCommitted() {
        var changes = takeCommitted();
        if (changes.isEmpty()) {
            return;
        }
        try {
            var current = snapshot;
            if (changes.isEverything()) {
                rebuild(current.askHorizon());
            } else {
                var reloaded = ownReads.execute(status -> loader.loadChanged(changes, current.askHorizon()));
                snapshot = current.with(changes, reloaded);
            }
        } catch (RuntimeException failed) {
            giveBack(changes);
            throw failed;
        }
    }

    /** Reads every row; under the refresh lock. Changes committed meanwhile stay to be applied after it. */
    private void rebuild(Instant askHorizon) {
        var changes = takeCommitted();
        var startedAt = now();
        long started = System.nanoTime();
        try {
            snapshot = ownReads.execute(status -> {
                stamps.reset();
                return IndexSnapshot.of(loader.loadAll(askHorizon), askHorizon);
            });
        } catch (RuntimeException failed) {
            giveBack(changes);
            throw failed;
        }
        polledUpTo = startedAt;
        builtAtNanos = System.nanoTime();
        LOG.info("Matching index read {} advocates in {} ms", snapshot.rows().length,
                TimeUnit.NANOSECONDS.toMillis(builtAtNanos - started));
    }

    /** One poll of the change stamps; on the poller thread. */
    void poll() {
        synchronized (refreshLock) {
            if (snapshot == null || System.nanoTime() - builtAtNanos > rebuildInterval.toNanos()) {
                rebuild(defaultHorizon());
                return;
            }
            var startedAt = now();
            var since = polledUpTo.minus(overlap);
            var found = ownReads.execute(status -> stamps.changedSince(since));
            if (!found.isEmpty()) {
                LOG.debug("Matching index polled since {}: advocates {}, accounts {}, program data {}", since,
                        found.advocateIds(), found.accountIds(), found.isEverything());
            }
            polledUpTo = startedAt;
            giveBack(found);
            applyCommitted();
        }
    }

    private void pollQuietly() {
        try {
            poll();
            if (pollFailing) {
                LOG.info("Matching index polls again");
                pollFailing = false;
            }
        } catch (RuntimeException failed) {
            // Once per outage, not every second; rankings keep using the rows read so far.
            if (!pollFailing) {
                LOG.warn("Matching index poll failed, retrying every {}", pollInterval, failed);
                pollFailing = true;
            }
        }
    }

    private Instant defaultHorizon() {
        return now().atZone(ZoneOffset.UTC).minusMonths(ASK_HISTORY_MONTHS).toInstant();
    }

    private Instant now() {
        return clock.getIfAvailable(Clock::systemUTC).instant();
    }

    /** Reads the index before the node reports ready, then polls; a failed first read is retried on first use. */
    @Override
    public void start() {
        try {
            catchUp(now());
        } catch (RuntimeException failed) {
            LOG.warn("Matching index not read at start; the first ranking reads it", failed);
        }
        if (polling) {
            poller = Executors.newSingleThreadScheduledExecutor(task -> {
                var thread = new Thread(task, "matching-index-poll");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::pollQuietly, pollInterval.toMillis(), pollInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        running = true;
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One transaction's changes: its own rankings see them, and they join the committed ones when it commits. */
    private final class TransactionChanges implements TransactionSynchronization {
        private final IndexChanges changes;

        TransactionChanges(IndexChanges changes) {
            this.changes = changes;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(MatchIndex.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(MatchIndex.this, changes);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(MatchIndex.this);
            if (status == STATUS_COMMITTED) {
                giveBack(changes);
            }
        }
    }
}
