package org.peerproof.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.function.IntFunction;

/**
 * Runs an operation until it is warm, then times it: at least {@code minRuns} runs and more until
 * {@code runTime} has passed (at most {@code maxRuns}). Warm-up likewise: at least {@code minWarmUps}, more until
 * {@code warmUpTime}. Each run also records the heap its thread allocated (HotSpot's per-thread counter), which
 * unlike timings does not depend on what else the machine is doing.
 *
 * @param minWarmUps  warm-up runs at least
 * @param warmUpTime  warm up at least this long
 * @param minRuns     timed runs at least
 * @param maxRuns     timed runs at most
 * @param runTime     keep timing until this long has passed, within the run limits
 */
public record Runner(int minWarmUps, Duration warmUpTime, int minRuns, int maxRuns, Duration runTime) {

    /** The benchmark's runs: enough for a stable p95 on fast operations, at least five on the slowest. */
    public static final Runner STANDARD = new Runner(2, Duration.ofSeconds(5), 5, 200, Duration.ofSeconds(20));

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public Runner {
        if (minWarmUps < 0 || minRuns < 1 || maxRuns < minRuns) {
            throw new IllegalArgumentException("Runs out of order: " + minRuns + ".." + maxRuns);
        }
    }

    /**
     * Measures {@code operation}, which gets the run's number (counting from 0 over warm-up and timed runs, e.g. to
     * cycle through several requests) and returns its result, so nothing is optimised away.
     */
    public Measurement measure(String name, IntFunction<?> operation) {
        int run = 0;
        long warmUpEnds = System.nanoTime() + warmUpTime.toNanos();
        while (run < minWarmUps || System.nanoTime() < warmUpEnds && run < maxRuns) {
            consume(operation.apply(run++));
        }
        var nanos = new ArrayList<Long>();
        var allocated = new ArrayList<Long>();
        long runsEnd = System.nanoTime() + runTime.toNanos();
        while (nanos.size() < minRuns || System.nanoTime() < runsEnd && nanos.size() < maxRuns) {
            long thread = Thread.currentThread().threadId();
            long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
            long started = System.nanoTime();
            var result = operation.apply(run++);
            nanos.add(System.nanoTime() - started);
            allocated.add(THREADS.getThreadAllocatedBytes(thread) - bytesBefore);
            consume(result);
        }
        return new Measurement(name, nanos, allocated);
    }

    private static void consume(Object result) {
        if (result == null) {
            throw new IllegalStateException("A measured operation returned nothing");
        }
    }
}
