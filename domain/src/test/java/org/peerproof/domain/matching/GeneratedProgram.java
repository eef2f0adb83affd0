package org.peerproof.domain.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.BlackoutPeriod;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A program generated from a seed for ranking tests: advocates in zones from UTC-11 to UTC+14, of every status and
 * tier (and none), at reviewed and unreviewed accounts, with consents and own limits, pauses, overlapping blackouts,
 * asks of every status around quarter ends, heavy and light activities, products, use cases, languages and personas;
 * and requests asking for different things, some already put to advocates.
 */
@TestComponent
class GeneratedProgram {

    /** Mid-May 2026; the asks and activities lie around it. */
    static final Instant NOW = Instant.parse("2026-05-13T12:00:00Z");
    static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Tokyo"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("Australia/Adelaide"));
    /** Instants around quarter ends, where an advocate's own zone decides the quarter, and ordinary ones. */
    static final List<Instant> ASK_INSTANTS = List.of(NOW, Instant.parse("2026-03-31T23:30:00Z"),
            Instant.parse("2026-04-01T05:00:00Z"), Instant.parse("2026-06-30T11:00:00Z"),
            Instant.parse("2026-06-30T22:30:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-05-20T08:15:00Z"));
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "ja", "es", "pt");
    private static final ActivityTypeCode[] TYPES = ActivityTypeCode.values();

    private final CustomerAccountRepository accounts;
    private final AdvocateRepository advocates;
    private final TierRepository tiers;
    private final ProductRepository products;
    private final UseCaseRepository useCases;
    private final ReferenceRequestRepository requests;
    private final AskRepository asks;
    private final ActivityRepository activities;
    private final ActivityTypeRepository activityTypes;

    GeneratedProgram(CustomerAccountRepository accounts, AdvocateRepository advocates, TierRepository tiers,
                     ProductRepository products, UseCaseRepository useCases, ReferenceRequestRepository requests,
                     AskRepository asks, ActivityRepository activities, ActivityTypeRepository activityTypes) {
        this.accounts = accounts;
        this.advocates = advocates;
        this.tiers = tiers;
        this.products = products;
        this.useCases = useCases;
        this.requests = requests;
        this.asks = asks;
        this.activities = activities;
        this.activityTypes = activityTypes;
    }

    /** The requests to rank, from {@code advocateCount} advocates generated from {@code seed}; call in a transaction. */
    List<Long> generate(long seed, int advocateCount) {
        var random = new Random(seed);
        var productCatalog = new ArrayList<Product>();
        for (int i = 0; i < 8; i++) {
            productCatalog.add(products.save(new Product("Generated product " + seed + "-" + i)));
        }
        var useCaseCatalog = new ArrayList<UseCase>();
        for (int i = 0; i < 5; i++) {
            useCaseCatalog.add(useCases.save(new UseCase("Generated use case " + seed + "-" + i)));
        }
        var companies = new ArrayList<CustomerAccount>();
        for (int i = 0; i < 30; i++) {
            var name = "Generated " + seed + "-" + i;
            var industry = pick(random, Industry.values());
            var size = pick(random, SizeBand.values());
            var region = pick(random, Region.values());
            companies.add(accounts.save(i % 10 == 9
                    ? CustomerAccount.namedByAdvocate(name, industry, size, region, "DE")
                    : new CustomerAccount(name, industry, size, region)));
        }
        var otherRequests = new ArrayList<ReferenceRequest>();
        for (int i = 0; i < 12; i++) {
            otherRequests.add(requests.save(request(seed + "-other-" + i, pick(random, Industry.values()),
                    ActivityTypeCode.REFERENCE_CALL_30)));
        }
        var ranked = rankedRequests(seed, productCatalog, useCaseCatalog);
        var tierByRank = List.of(tiers.findByRank(1).orElseThrow(), tiers.findByRank(2).orElseThrow(),
                tiers.findByRank(3).orElseThrow());
        var today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        for (int i = 0; i < advocateCount; i++) {
            var advocate = new Advocate(pick(random, companies), "Generated Advocate " + i,
                    "generated-" + seed + "-" + i + "@example.com", pick(random, ZONES), AdvocateStatus.NOMINATED,
                    NOW.minus(Duration.ofDays(400)));
            if (random.nextInt(10) < 8) {
                advocate.join(today.minusDays(300));
            } else {
                advocate.changeStatus(pick(random, AdvocateStatus.values()));
            }
            if (random.nextInt(10) > 0) {
                advocate.assignTier(pick(random, tierByRank));
            }
            for (int c = random.nextInt(6); c > 0; c--) {
                advocate.consent(random.nextInt(3) == 0 ? pick(random, TYPES) : pick(random, ranked.types()),
                        random.nextInt(5) > 0, random.nextInt(5), ContactChannel.VIDEO_CALL);
            }
            if (random.nextInt(5) == 0) {
                advocate.pauseUntil(today.plusDays(random.nextInt(30) - 15));
            }
            for (int b = random.nextInt(3); b > 0; b--) {
                var end = today.plusDays(random.nextInt(60) - 20);
                advocate.getBlackouts().add(new BlackoutPeriod(end.minusDays(random.nextInt(20)), end));
                if (random.nextBoolean()) {
                    // Two blackouts ending on the same day: the reason must name the same one on both paths.
                    advocate.getBlackouts().add(new BlackoutPeriod(end.minusDays(random.nextInt(20)), end));
                }
            }
            if (random.nextInt(4) > 0) {
                advocate.setPersona(pick(random, Persona.values()));
            }
            LANGUAGES.stream().filter(language -> random.nextInt(3) == 0).forEach(advocate.getLanguages()::add);
            productCatalog.stream().filter(product -> random.nextInt(3) == 0).forEach(advocate.getProductsUsed()::add);
            useCaseCatalog.stream().filter(useCase -> random.nextInt(3) == 0).forEach(advocate.getUseCases()::add);
            advocate = advocates.save(advocate);

            var asked = new ArrayList<>(otherRequests);
            for (int a = random.nextInt(7); a > 0; a--) {
                var askedAt = random.nextInt(3) == 0
                        ? pick(random, ASK_INSTANTS).plus(Duration.ofMinutes(random.nextInt(24 * 60) - 12 * 60))
                        : NOW.minus(Duration.ofHours(random.nextInt(24 * 430) - 24 * 30));
                var ask = new Ask(asked.remove(random.nextInt(asked.size())), advocate, askedAt,
                        askedAt.plus(Duration.ofDays(3)));
                switch (random.nextInt(5)) {
                    case 0 -> ask.withdraw();
                    case 1 -> ask.accept(askedAt.plusSeconds(60));
                    case 2 -> ask.decline("Busy", askedAt.plusSeconds(60));
                    default -> { }
                }
                asks.save(ask);
            }
            for (int a = random.nextInt(4); a > 0; a--) {
                activities.save(new Activity(advocate, activityTypes.findById(pick(random, TYPES)).orElseThrow(),
                        today.plusDays(random.nextInt(60) - 50), "pm@example.com", NOW));
            }
            if (random.nextInt(8) == 0) {
                var forRanked = ranked.requests().get(random.nextInt(ranked.requests().size()));
                var ask = new Ask(forRanked, advocate, NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(1)));
                if (random.nextBoolean()) {
                    ask.decline("Not this one", NOW.minus(Duration.ofDays(1)));
                }
                asks.save(ask);
            }
        }
        return ranked.requests().stream().map(ReferenceRequest::getId).toList();
    }

    private record Ranked(List<ReferenceRequest> requests, ActivityTypeCode[] types) {
    }

    private Ranked rankedRequests(long seed, List<Product> productCatalog, List<UseCase> useCaseCatalog) {
        var nobodysProduct = products.save(new Product("Generated product nobody uses " + seed));
        var everything = request(seed + "-all", Industry.HEALTHCARE, ActivityTypeCode.REFERENCE_CALL_30);
        everything.getProducts().addAll(productCatalog.subList(0, 3));
        everything.setUseCase(useCaseCatalog.getFirst());
        everything.setLanguageCode("de");
        everything.setPreferredPersona(Persona.IT);
        var open = request(seed + "-open", Industry.SOFTWARE_SAAS, ActivityTypeCode.CASE_STUDY);
        var unknownProduct = request(seed + "-unknown", Industry.MANUFACTURING, ActivityTypeCode.REFERENCE_CALL_15);
        unknownProduct.getProducts().add(nobodysProduct);
        unknownProduct.getProducts().add(productCatalog.get(4));
        unknownProduct.setLanguageCode("xx");
        var logo = request(seed + "-logo", Industry.RETAIL, ActivityTypeCode.LOGO_USE);
        logo.setUseCase(useCaseCatalog.get(2));
        logo.setPreferredPersona(Persona.FINANCE);
        var speaking = request(seed + "-speaking", Industry.FINANCIAL_SERVICES, ActivityTypeCode.SPEAKING);
        speaking.getProducts().addAll(productCatalog.subList(3, 8));
        speaking.setLanguageCode("ja");
        var saved = List.of(requests.save(everything), requests.save(open), requests.save(unknownProduct),
                requests.save(logo), requests.save(speaking));
        return new Ranked(saved, saved.stream().map(ReferenceRequest::getActivityType).toArray(ActivityTypeCode[]::new));
    }

    private static ReferenceRequest request(String opportunity, Industry industry, ActivityTypeCode type) {
        return new ReferenceRequest("OPP-GEN-" + opportunity, "Prospect " + opportunity, industry, SizeBand.LARGE,
                Region.EMEA, DealStage.EVALUATION, type, LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(30),
                "sales@example.com", NOW);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The application clock at {@link #NOW}, for the tests that rank the generated program. */
    @TestConfiguration
    static class AtNow {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }
}
