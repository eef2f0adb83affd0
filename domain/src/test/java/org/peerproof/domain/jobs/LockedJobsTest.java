package org.peerproof.domain.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.notification.NotificationJobs;
import org.peerproof.domain.notification.OutboxSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * ShedLock refuses, at run time and only when scheduling is on (never in the tests that call jobs directly), to lock
 * a method that returns a primitive; every scheduled job must be locked and lockable.
 */
class LockedJobsTest {

    @Test
    void everyScheduledJobIsLockedAndReturnsNothingOrAnObject() {
        var jobs = List.of(OutboxSender.class, NotificationJobs.class).stream()
                .flatMap(type -> java.util.Arrays.stream(type.getMethods()))
                .filter(method -> method.isAnnotationPresent(Scheduled.class))
                .toList();
        assertThat(jobs).hasSize(5).allSatisfy(method -> {
            assertThat(method.isAnnotationPresent(SchedulerLock.class)).as(method.getName()).isTrue();
            assertThat(method.getReturnType() == void.class || !method.getReturnType().isPrimitive())
                    .as(method.getName() + " returns " + method.getReturnType()).isTrue();
        });
    }
}
