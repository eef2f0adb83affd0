package org.peerproof.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * The timed runs of one operation (after its warm-up): durations and the heap each run allocated on its thread.
 *
 * @param operation      what was measured
 * @param nanos          each run's wall-clock time
 * @param allocatedBytes each run's heap allocation on the calling thread
 */
public record Measurement(String operation, List<Long> nanos, List<Long> allocatedBytes) {

    public Measurement {
        if (nanos.isEmpty() || nanos.size() != allocatedBytes.size()) {
            throw new IllegalArgumentException("A measurement needs runs, each with its allocation");
        }
        nanos = List.copyOf(nanos);
        allocatedBytes = List.copyOf(allocatedBytes);
    }

    public int runs() {
        return nanos.size();
    }

    public Duration p50() {
        return percentile(50);
    }

    public Duration p95() {
        return percentile(95);
    }

    public Duration max() {
        return percentile(100);
    }

    /** Mean heap allocated per run, in bytes. */
    public long meanAllocatedBytes() {
        return Math.round(allocatedBytes.stream().mapToLong(Long::longValue).average().orElseThrow());
    }

    /** Nearest-rank percentile: the smallest run time that at least {@code percent} % of the runs do not exceed. */
    Duration percentile(int percent) {
        return percentile(nanos.stream().mapToLong(Long::longValue).sorted().toArray(), percent);
    }

    /** The nearest-rank percentile of durations in nanoseconds, sorted ascending. */
    static Duration percentile(long[] sortedNanos, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return Duration.ofNanos(sortedNanos[Math.max(rank, 1) - 1]);
    }

    @Override
    public String toString() {
        return "%s: p50 %s / p95 %s / max %s ms, %s allocated per run, %d runs".formatted(operation,
                millis(p50()), millis(p95()), millis(max()), mebibytes(meanAllocatedBytes()), runs());
    }

    static String millis(Duration duration) {
        double ms = duration.toNanos() / 1e6;
        return ms < 10 ? "%.1f".formatted(ms) : "%,d".formatted(Math.round(ms));
    }

    static String mebibytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib < 10 ? "%.1f MB".formatted(mib) : "%,d MB".formatted(Math.round(mib));
    }
}
