package org.peerproof.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void percentilesAreNearestRank() {
        var runs = LongStream.rangeClosed(1, 20).map(ms -> ms * 1_000_000).boxed().toList();
        var measurement = new Measurement("op", runs, runs.stream().map(ns -> 1_000L).toList());

        assertThat(measurement.p50()).isEqualTo(Duration.ofMillis(10));
        assertThat(measurement.p95()).isEqualTo(Duration.ofMillis(19));
        assertThat(measurement.max()).isEqualTo(Duration.ofMillis(20));
        assertThat(measurement.meanAllocatedBytes()).isEqualTo(1_000L);
    }

    @Test
    void withFewRunsTheP95IsTheSlowest() {
        var measurement = new Measurement("op", List.of(30L, 10L, 20L, 50L, 40L), List.of(0L, 0L, 0L, 0L, 0L));

        assertThat(measurement.p95()).isEqualTo(Duration.ofNanos(50));
        assertThat(measurement.p50()).isEqualTo(Duration.ofNanos(30));
    }
}
