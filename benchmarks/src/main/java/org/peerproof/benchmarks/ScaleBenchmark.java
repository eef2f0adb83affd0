package org.peerproof.benchmarks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateDirectory;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.DirectoryFilter;
import org.peerproof.domain.matching.MatchingService;
import org.peerproof.domain.metrics.MetricsFilter;
import org.peerproof.domain.metrics.MetricsPeriod;
import org.peerproof.domain.metrics.ProgramMetrics;
import org.springframework.context.ApplicationContext;

/**
 * Issue 15's measurements on a generated data set, each through the domain service the screens and the API call,
 * in its own read-only transaction as a request would run it.
 */
final class ScaleBenchmark {

    static final String RANKING = "ranking, first page of eligible";
    static final String RANKING_PROTECTED = "ranking, first page of protected";
    static final String DIRECTORY_FIRST_PAGE = "directory first page";
    static final String DIRECTORY_FILTERED_PAGE = "directory filtered page";
    static final String DIRECTORY_FILTERED_COUNT = "directory filtered count";
    static final String METRICS = "metrics, last 12 months";
    /** The admin grids (directory, matching) ask for 50 rows at a time (Vaadin's default page size). */
    static final int PAGE_SIZE = 50;
    /** A typical narrowing of the directory: who in EMEA could take a 30-minute call today. */
    static final DirectoryFilter FILTER = DirectoryFilter.NONE.withRegion(Region.EMEA)
            .withStatus(AdvocateStatus.ACTIVE).withWillingFor(Set.of(ActivityTypeCode.REFERENCE_CALL_30))
            .withAvailableNow(true);

    private static final SignedInUser PROGRAM_MANAGER = new SignedInUser("benchmark-program-manager",
            "pm@peerproof.test", true, "Program Manager", Locale.ENGLISH, Set.of(Roles.PROGRAM_MANAGER));

    private final MatchingService matching;
    private final AdvocateDirectory directory;
    private final ProgramMetrics metrics;
    private final Runner runner;

    ScaleBenchmark(ApplicationContext context, Runner runner) {
        this.matching = context.getBean(MatchingService.class);
        this.directory = context.getBean(AdvocateDirectory.class);
        this.metrics = context.getBean(ProgramMetrics.class);
        this.runner = runner;
    }

    /** Every measurement, ranking first; each is handed to {@code done} as soon as it is taken. */
    List<Measurement> all(List<Long> rankedRequestIds, Consumer<Measurement> done) {
        var lastYear = MetricsFilter.of(MetricsPeriod.LAST_12_MONTHS,
                LocalDate.ofInstant(DataSetGenerator.NOW, ZoneOffset.UTC));
        List<Supplier<Measurement>> measurements = List.of(
                () -> ranking(rankedRequestIds),
                () -> runner.measure(RANKING_PROTECTED, run -> matching.rankIneligible(
                        rankedRequestIds.get(run % rankedRequestIds.size()), DataSetGenerator.NOW, 0, PAGE_SIZE)),
                () -> runner.measure(DIRECTORY_FIRST_PAGE,
                        run -> directory.page(PROGRAM_MANAGER, DirectoryFilter.NONE, 0, PAGE_SIZE, List.of())),
                () -> runner.measure(DIRECTORY_FILTERED_PAGE,
                        run -> directory.page(PROGRAM_MANAGER, FILTER, 0, PAGE_SIZE, List.of())),
                () -> runner.measure(DIRECTORY_FILTERED_COUNT, run -> directory.count(PROGRAM_MANAGER, FILTER)),
                () -> runner.measure(METRICS, run -> metrics.report(PROGRAM_MANAGER, lastYear)));
        var taken = new ArrayList<Measurement>();
        for (var measurement : measurements) {
            var result = measurement.get();
            done.accept(result);
            taken.add(result);
        }
        return taken;
    }

    /** The first page of eligible advocates, as staff open a request's matching: the requests in turn, run by run. */
    Measurement ranking(List<Long> requestIds) {
        return runner.measure(RANKING, run -> matching.rankEligible(requestIds.get(run % requestIds.size()),
                DataSetGenerator.NOW, 0, PAGE_SIZE));
    }
}
