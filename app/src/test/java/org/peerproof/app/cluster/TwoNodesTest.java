package org.peerproof.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.peerproof.PeerProofApplication;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.matching.IneligibilityReason;
import org.peerproof.domain.matching.IneligibilityReason.Paused;
import org.peerproof.domain.matching.MatchCandidate;
import org.peerproof.domain.matching.MatchingService;
import org.peerproof.domain.notification.ActionLinks;
import org.peerproof.domain.notification.ActionPurpose;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.testsupport.DomainFixtures;
import org.peerproof.domain.testsupport.MariaDbTestDatabase;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Issue 14: the production deployment's two application nodes on one database (docker/compose.yaml), here two
 * contexts in this JVM on one MariaDB schema, with node B's scheduler clock a second ahead of node A's.
 * <ul>
 *   <li>every scheduled job runs once per due time across both nodes. A run is counted when ShedLock hands its
 *       node the lock (the only way into a job's body) and belongs to the tick its node's scheduler clock had
 *       reached; a job on a fixed delay has no ticks, so no two of its runs may come closer than half the delay;</li>
 *   <li>a mail action link made on node A previews and confirms on node B (the signing secret is configuration
 *       both nodes share, as {@code PEERPROOF_MAIL_LINK_SECRET} in compose);</li>
 *   <li>accepts of one advocate's asks sent at once, half to each node, leave exactly the program's quarterly
 *       cap accepted;</li>
 *   <li>issue 15: a change committed on node A reaches node B's ranking within seconds (each node's matching index
 *       polls the change stamps, ADR 0004).</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final int PORT_A = 18091;
    private static final int PORT_B = 18092;
    private static final String EVERY_FOUR_SECONDS = "*/4 * * * * *";
    private static final Duration CRON_PERIOD = Duration.ofSeconds(4);
    private static final Duration FIXED_DELAY = Duration.ofSeconds(2);
    /** Longer than the nodes' clock difference, shorter than the cron period minus it. */
    private static final Duration LOCK_AT_LEAST_FOR = Duration.ofSeconds(2);
    private static final Duration CLOCK_DIFFERENCE = Duration.ofSeconds(1);
    /** Each job's schedule here, by its lock name; every scheduled job must be listed. */
    private static final Map<String, Schedule> SCHEDULES = Map.of(
            "ask-reminders", Schedule.cron(CRON_PERIOD),
            "profile-review-prompts", Schedule.cron(CRON_PERIOD),
            "unfulfilled-requests", Schedule.cron(CRON_PERIOD),
            "mail-digest", Schedule.cron(CRON_PERIOD),
            "recommitment-deadlines", Schedule.cron(CRON_PERIOD),
            "outbox-sender", Schedule.fixedDelay(FIXED_DELAY),
            "askExpiry", Schedule.fixedDelay(FIXED_DELAY));
    private static final int RUNS_WITH_BOTH_NODES_UP = 3;
    private static final int RACING_ACCEPTS = 10;

    private final List<JobRun> runs = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private long bothUpAt;

    @BeforeAll
    void startBothNodes() {
        nodeA = node("A", PORT_A, Duration.ZERO, new MariaDbTestDatabase());
        nodeB = node("B", PORT_B, CLOCK_DIFFERENCE, MariaDbTestDatabase.sameSchemaAs(nodeA));
        bothUpAt = System.nanoTime();
    }

    @AfterAll
    void stopBothNodes() {
        // B first: A's close drops the schema.
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    @Order(1)
    void anActionLinkMadeOnNodeAIsConfirmedOnNodeB() throws Exception {
        var seeded = advocateWithPendingAsks(1);
        var askId = seeded.askIds().getFirst();
        var token = tokenOf(nodeA.getBean(ActionLinks.class).issue(ActionPurpose.ASK_ACCEPT, askId, seeded.advocateId()));

        assertThat(get(PORT_B, token)).as("preview on B").contains("id=\"confirm-action\"");
        assertThat(statusOf(askId)).isEqualTo(AskStatus.PENDING);
        assertThat(post(PORT_B, token)).as("confirm on B").contains("id=\"action-done\"");
        assertThat(statusOf(askId)).isEqualTo(AskStatus.ACCEPTED);
        assertThat(get(PORT_A, token)).as("the same link back on A: used").contains("id=\"action-invalid\"");
        System.out.println("TwoNodesTest action link: made on A, previewed and confirmed on B, refused as used on A");
    }

    @Test
    @Order(2)
    void acceptsRacingOnBothNodesLeaveExactlyTheQuarterlyCap() throws Exception {
        var cap = nodeA.getBean(ProgramSettingsRepository.class).current().toRules().quarterlyAskCap();
        var seeded = advocateWithPendingAsks(RACING_ACCEPTS);
        var links = nodeA.getBean(ActionLinks.class);
        var tokens = seeded.askIds().stream()
                .map(askId -> tokenOf(links.issue(ActionPurpose.ASK_ACCEPT, askId, seeded.advocateId()))).toList();

        var pool = Executors.newFixedThreadPool(tokens.size());
        List<String> pages = new ArrayList<>();
        try {
            var start = new CountDownLatch(1);
            var answers = new ArrayList<Future<String>>();
            for (int i = 0; i < tokens.size(); i++) {
                var token = tokens.get(i);
                var port = i % 2 == 0 ? PORT_A : PORT_B;
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(port, token);
                }));
            }
            start.countDown();
            for (var answer : answers) {
                pages.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        var done = pages.stream().filter(page -> page.contains("id=\"action-done\"")).count();
        var refused = pages.stream().filter(page -> page.contains("id=\"action-refused\"")).count();
        var accepted = seeded.askIds().stream().filter(askId -> statusOf(askId) == AskStatus.ACCEPTED).count();
        System.out.printf("TwoNodesTest accept race: %d accepts at once (%d on each node), %d accepted (cap %d),"
                + " %d refused, %d other answers%n", tokens.size(), tokens.size() / 2, accepted, cap, refused,
                pages.size() - done - refused);
        assertThat(accepted).as("accepted asks").isEqualTo(cap);
        assertThat(done).as("pages saying accepted").isEqualTo(cap);
        assertThat(refused).as("pages saying refused").isEqualTo(tokens.size() - cap);
    }

    @Test
    @Order(3)
    void everyScheduledJobRunsOncePerDueTimeAcrossBothNodes() throws Exception {
        assertThat(lockedScheduledJobs(nodeA)).as("every scheduled job, each with a lock").isEqualTo(SCHEDULES.keySet());
        var deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (SCHEDULES.keySet().stream().anyMatch(job -> runsOf(job).stream()
                .filter(run -> run.nanos() > bothUpAt).count() < RUNS_WITH_BOTH_NODES_UP)) {
            assertThat(System.nanoTime()).as("every job ran %d times with both nodes up: %s", RUNS_WITH_BOTH_NODES_UP,
                    runs).isLessThan(deadline);
            Thread.sleep(200);
        }

        var mostRunsOfOneDueTime = new TreeMap<String, Long>();
        var closestRuns = new TreeMap<String, Duration>();
        for (var job : new TreeSet<>(SCHEDULES.keySet())) {
            var schedule = SCHEDULES.get(job);
            var jobRuns = runsOf(job);
            var byNode = jobRuns.stream().collect(Collectors.groupingBy(JobRun::node, TreeMap::new, Collectors.counting()));
            var figures = "runs A=" + byNode.getOrDefault("A", 0L) + " B=" + byNode.getOrDefault("B", 0L);
            if (schedule.cron()) {
                var perDueTime = jobRuns.stream().collect(Collectors.groupingBy(
                        run -> Math.floorDiv(run.schedulerTime().getEpochSecond(), schedule.period().toSeconds()),
                        Collectors.counting()));
                var most = perDueTime.values().stream().max(Long::compare).orElse(0L);
                mostRunsOfOneDueTime.put(job, most);
                figures += ", " + perDueTime.size() + " due times, at most " + most + " run(s) of one";
            } else {
                var closest = Duration.ofDays(1);
                for (int i = 1; i < jobRuns.size(); i++) {
                    var between = Duration.ofNanos(jobRuns.get(i).nanos() - jobRuns.get(i - 1).nanos());
                    closest = between.compareTo(closest) < 0 ? between : closest;
                }
                closestRuns.put(job, closest);
                figures += ", closest two " + closest.toMillis() + " ms apart";
            }
            System.out.printf("TwoNodesTest job %s (%s every %d s): %s%n", job, schedule.cron() ? "cron" : "fixed delay",
                    schedule.period().toSeconds(), figures);
        }
        assertThat(runs).extracting(JobRun::node).as("both nodes ran jobs").contains("A", "B");
        mostRunsOfOneDueTime.forEach((job, most) -> assertThat(most).as(job + ": runs of one due time").isOne());
        closestRuns.forEach((job, closest) -> assertThat(closest).as(job + ": closest two runs")
                .isGreaterThanOrEqualTo(SCHEDULES.get(job).period().dividedBy(2)));
    }

    @Test
    @Order(4)
    void aPauseCommittedOnNodeAIsInNodeBsRankingWithinSeconds() throws Exception {
        var advocateId = advocateWithPendingAsks(0).advocateId();
        var clock = nodeA.getBean(Clock.class);
        var requestId = nodeA.getBean(TransactionTemplate.class).execute(status -> {
            var template = DomainFixtures.request("OPP-2N-MATCH-" + advocateId);
            return nodeA.getBean(ReferenceRequestRepository.class).save(new ReferenceRequest(
                    template.getOpportunityId(), "Prospect AG", template.getProspectIndustry(), template.getSizeBand(),
                    template.getRegion(), template.getDealStage(), ActivityTypeCode.REFERENCE_CALL_30,
                    LocalDate.now(clock).plusDays(20), "sales@peerproof.test", clock.instant())).getId();
        });
        var rankedOnB = nodeB.getBean(MatchingService.class);
        long createdOnA = System.nanoTime();
        var reasons = reasonsOnceRanked(rankedOnB, requestId, advocateId, clock, List::isEmpty);
        long arrivedOnB = System.nanoTime();
        assertThat(reasons).as("eligible on B").isEmpty();

        var pausedUntil = LocalDate.now(clock).plusDays(5);
        nodeA.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                nodeA.getBean(AdvocateRepository.class).findById(advocateId).orElseThrow().pauseUntil(pausedUntil));
        long pausedOnA = System.nanoTime();
        reasons = reasonsOnceRanked(rankedOnB, requestId, advocateId, clock, found -> !found.isEmpty());
        long pausedOnB = System.nanoTime();

        assertThat(reasons).containsExactly(new Paused(pausedUntil));
        System.out.printf("TwoNodesTest matching index: an advocate made on A was in B's ranking after %d ms, their"
                + " pause after %d ms%n", (arrivedOnB - createdOnA) / 1_000_000, (pausedOnB - pausedOnA) / 1_000_000);
        // B polls every second; the margin is for a busy machine, not for a missed change, which a later write shows.
        assertThat(Duration.ofNanos(pausedOnB - pausedOnA)).as("a change on A reaches B's ranking within seconds")
                .isLessThan(Duration.ofSeconds(3));
    }

    /** The advocate's reasons in node B's ranking, polled until {@code wanted} holds (at most 10 s). */
    private static List<IneligibilityReason> reasonsOnceRanked(MatchingService matching, Long requestId,
                                                               Long advocateId, Clock clock,
                                                               Predicate<List<IneligibilityReason>> wanted)
            throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var found = matching.rank(requestId, clock.instant(), true).stream()
                    .filter(candidate -> candidate.advocateId().equals(advocateId)).findFirst();
            if (found.isPresent() && wanted.test(found.get().reasons()) || System.nanoTime() > deadline) {
                return found.map(MatchCandidate::reasons).orElse(null);
            }
            Thread.sleep(50);
        }
    }

    /**
     * One node of the deployment: every job on a short schedule, its runs recorded, its scheduler's clock
     * {@code clockAhead} ahead of this machine's.
     */
    private ConfigurableApplicationContext node(String name, int port, Duration clockAhead,
                                                ApplicationContextInitializer<ConfigurableApplicationContext> database) {
        var schedulerClock = Clock.offset(Clock.systemDefaultZone(), clockAhead);
        ApplicationContextInitializer<ConfigurableApplicationContext> observed = context -> {
            context.getBeanFactory().addBeanPostProcessor(recordingRunsOf(name, schedulerClock));
            context.getBeanFactory().registerSingleton("schedulerClock",
                    (ThreadPoolTaskSchedulerCustomizer) scheduler -> scheduler.setClock(schedulerClock));
        };
        return new SpringApplicationBuilder(PeerProofApplication.class)
                .initializers(database, observed)
                .run("--server.port=" + port,
                        // The management port of each node must differ as well.
                        "--management.server.port=0",
                        "--peerproof.jobs.enabled=true",
                        "--peerproof.demo-data.enabled=false",
                        "--peerproof.mail.link-secret=two-nodes-share-this-link-secret-0123456789",
                        "--peerproof.jobs.lock-at-least-for=" + LOCK_AT_LEAST_FOR,
                        "--peerproof.jobs.recommitment.cron=" + EVERY_FOUR_SECONDS,
                        "--peerproof.mail.reminder-cron=" + EVERY_FOUR_SECONDS,
                        "--peerproof.mail.profile-review-cron=" + EVERY_FOUR_SECONDS,
                        "--peerproof.mail.unfulfilled-cron=" + EVERY_FOUR_SECONDS,
                        "--peerproof.mail.digest-cron=" + EVERY_FOUR_SECONDS,
                        "--peerproof.mail.send-interval=" + FIXED_DELAY,
                        "--peerproof.mail.send-initial-delay=PT1S",
                        "--peerproof.jobs.ask-expiry.interval=" + FIXED_DELAY,
                        "--peerproof.jobs.ask-expiry.initial-delay=PT1S");
    }

    /** Records each lock the node's ShedLock takes: a job's body runs exactly when its lock was taken. */
    private BeanPostProcessor recordingRunsOf(String node, Clock schedulerClock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof LockProvider locks)) {
                    return bean;
                }
                return (LockProvider) configuration -> {
                    var lock = locks.lock(configuration);
                    lock.ifPresent(taken -> runs.add(new JobRun(configuration.getName(), node,
                            System.nanoTime(), schedulerClock.instant())));
                    return lock;
                };
            }
        };
    }

    /** The lock names of the application's scheduled methods; a scheduled method without a lock fails here. */
    private static TreeSet<String> lockedScheduledJobs(ConfigurableApplicationContext node) {
        var jobs = new TreeSet<String>();
        for (var beanName : node.getBeanDefinitionNames()) {
            var type = node.getType(beanName);
            if (type == null || !type.getName().startsWith("org.peerproof.")) {
                continue;
            }
            ReflectionUtils.doWithMethods(ClassUtils.getUserClass(type), method -> {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    var lock = method.getAnnotation(SchedulerLock.class);
                    assertThat(lock).as(method + " has @SchedulerLock").isNotNull();
                    jobs.add(lock.name());
                }
            });
        }
        return jobs;
    }

    private List<JobRun> runsOf(String job) {
        return runs.stream().filter(run -> run.job().equals(job)).sorted(Comparator.comparingLong(JobRun::nanos)).toList();
    }

    /** An advocate who may take asks (no own limit below the program's cap) with {@code count} pending ones. */
    private Seeded advocateWithPendingAsks(int count) {
        var clock = nodeA.getBean(Clock.class);
        var accounts = nodeA.getBean(CustomerAccountRepository.class);
        var advocates = nodeA.getBean(AdvocateRepository.class);
        var tiers = nodeA.getBean(TierRepository.class);
        var requests = nodeA.getBean(ReferenceRequestRepository.class);
        var asks = nodeA.getBean(AskRepository.class);
        return nodeA.getBean(TransactionTemplate.class).execute(status -> {
            var email = "two-nodes-" + UUID.randomUUID() + "@customer.example";
            var advocate = DomainFixtures.activeAdvocate(accounts.save(DomainFixtures.account("Two Nodes Corp")), email);
            advocate.assignTier(tiers.findByRank(2).orElseThrow());
            advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, count + 10, ContactChannel.VIDEO_CALL);
            advocate = advocates.save(advocate);
            var now = clock.instant();
            var askIds = new ArrayList<Long>();
            for (int i = 0; i < count; i++) {
                var template = DomainFixtures.request("OPP-2N-" + advocate.getId() + "-" + i);
                var request = requests.save(new ReferenceRequest(template.getOpportunityId(), "Prospect " + i + " AG",
                        template.getProspectIndustry(), template.getSizeBand(), template.getRegion(),
                        template.getDealStage(), ActivityTypeCode.REFERENCE_CALL_30, LocalDate.now(clock).plusDays(20),
                        "sales@peerproof.test", now));
                askIds.add(asks.save(new Ask(request, advocate, now, now.plus(Duration.ofDays(3)))).getId());
            }
            return new Seeded(advocate.getId(), askIds);
        });
    }

    private AskStatus statusOf(Long askId) {
        return nodeA.getBean(AskRepository.class).findById(askId).orElseThrow().getStatus();
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private String get(int port, String token) throws Exception {
        return page(HttpRequest.newBuilder(actionUri(port, token)).GET());
    }

    private String post(int port, String token) throws Exception {
        return page(HttpRequest.newBuilder(actionUri(port, token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String page(HttpRequest.Builder request) throws Exception {
        var response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.uri() + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static URI actionUri(int port, String token) {
        return URI.create("http://localhost:" + port + "/" + ActionLinks.ROUTE + "/" + token);
    }

    /** A job's run: on which node, when (monotonic, for intervals) and what that node's scheduler clock read. */
    private record JobRun(String job, String node, long nanos, Instant schedulerTime) {
    }

    private record Schedule(Duration period, boolean cron) {

        static Schedule cron(Duration period) {
            return new Schedule(period, true);
        }

        static Schedule fixedDelay(Duration period) {
            return new Schedule(period, false);
        }
    }

    private record Seeded(Long advocateId, List<Long> askIds) {
    }
}
