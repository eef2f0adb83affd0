package org.peerproof.domain.advocate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * A {@link DirectoryFilter} as URL query parameters, so a filtered directory can be bookmarked and shared and comes
 * back on reload. Only the filters in force are written; reading ignores unknown names and values that do not parse
 * (a hand-edited or outdated link narrows by what it still says correctly rather than failing).
 */
public final class DirectoryFilterParameters {

    static final String TEXT = "q";
    static final String INDUSTRY = "industry";
    static final String REGION = "region";
    static final String SIZE = "size";
    static final String PRODUCT = "product";
    static final String USE_CASE = "useCase";
    static final String LANGUAGE = "language";
    static final String TIER = "tier";
    static final String STATUS = "status";
    static final String WILLING = "willing";
    static final String OWNER = "owner";
    static final String AVAILABLE = "available";
    static final String MIN_ASKS = "minAsks";
    static final String MAX_ASKS = "maxAsks";
    static final String BURNOUT = "burnout";
    static final String NOT_USED_SINCE = "notUsedSince";
    static final String USED_AFTER = "usedAfter";
    static final String STALE = "stale";

    private DirectoryFilterParameters() {
    }

    /** The filter's set values by parameter name; {@link DirectoryFilter#NONE} gives an empty map. */
    public static Map<String, List<String>> of(DirectoryFilter filter) {
        var parameters = new LinkedHashMap<String, List<String>>();
        put(parameters, TEXT, filter.text());
        put(parameters, INDUSTRY, filter.industry());
        put(parameters, REGION, filter.region());
        putAll(parameters, SIZE, filter.sizeBands());
        put(parameters, PRODUCT, filter.productId());
        put(parameters, USE_CASE, filter.useCaseId());
        put(parameters, LANGUAGE, filter.language());
        put(parameters, TIER, filter.tierRank());
        put(parameters, STATUS, filter.status());
        putAll(parameters, WILLING, filter.willingFor());
        put(parameters, OWNER, filter.relationshipOwner());
        put(parameters, AVAILABLE, filter.availableNow() ? Boolean.TRUE : null);
        put(parameters, MIN_ASKS, filter.minAsksThisQuarter());
        put(parameters, MAX_ASKS, filter.maxAsksThisQuarter());
        put(parameters, BURNOUT, filter.burnoutFlagged());
        put(parameters, NOT_USED_SINCE, filter.lastUsedBefore());
        put(parameters, USED_AFTER, filter.lastUsedAfter());
        put(parameters, STALE, filter.staleProfile());
        return parameters;
    }

    /** The filter the parameters describe. */
    public static DirectoryFilter filter(Map<String, List<String>> parameters) {
        var read = new Reader(parameters);
        return DirectoryFilter.NONE
                .withText(read.first(TEXT, Function.identity()))
                .withIndustry(read.first(INDUSTRY, Industry::valueOf))
                .withRegion(read.first(REGION, Region::valueOf))
                .withSizeBands(read.all(SIZE, SizeBand.class))
                .withProductId(read.first(PRODUCT, Long::valueOf))
                .withUseCaseId(read.first(USE_CASE, Long::valueOf))
                .withLanguage(read.first(LANGUAGE, Function.identity()))
                .withTierRank(read.first(TIER, Integer::valueOf))
                .withStatus(read.first(STATUS, AdvocateStatus::valueOf))
                .withWillingFor(read.all(WILLING, ActivityTypeCode.class))
                .withRelationshipOwner(read.first(OWNER, Function.identity()))
                .withAvailableNow(Boolean.TRUE.equals(read.first(AVAILABLE, DirectoryFilterParameters::bool)))
                .withAsksThisQuarter(read.first(MIN_ASKS, DirectoryFilterParameters::count),
                        read.first(MAX_ASKS, DirectoryFilterParameters::count))
                .withBurnoutFlagged(read.first(BURNOUT, DirectoryFilterParameters::bool))
                .withLastUsed(read.first(NOT_USED_SINCE, LocalDate::parse), read.first(USED_AFTER, LocalDate::parse))
                .withStaleProfile(read.first(STALE, DirectoryFilterParameters::bool));
    }

    private static void put(Map<String, List<String>> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, List.of(value instanceof Enum<?> constant ? constant.name() : value.toString()));
        }
    }

    private static void putAll(Map<String, List<String>> parameters, String name, Set<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            // Enum order, so the same filter always gives the same link.
            parameters.put(name, values.stream().sorted().map(Enum::name).toList());
        }
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static Integer count(String value) {
        var parsed = Integer.valueOf(value);
        if (parsed < 0) {
            throw new IllegalArgumentException(value);
        }
        return parsed;
    }

    /** Reads values leniently: a value that does not parse counts as absent. */
    private record Reader(Map<String, List<String>> parameters) {

        <T> T first(String name, Function<String, T> parse) {
            return values(name).stream().findFirst().flatMap(value -> parsed(value, parse)).orElse(null);
        }

        <E extends Enum<E>> Set<E> all(String name, Class<E> type) {
            var found = EnumSet.noneOf(type);
            values(name).forEach(value -> parsed(value, text -> Enum.valueOf(type, text)).ifPresent(found::add));
            return found;
        }

        private List<String> values(String name) {
            return parameters.getOrDefault(name, List.of()).stream()
                    .filter(value -> value != null && !value.isBlank()).toList();
        }

        private static <T> Optional<T> parsed(String value, Function<String, T> parse) {
            try {
                return Optional.ofNullable(parse.apply(value.strip()));
            } catch (IllegalArgumentException | DateTimeParseException unparseable) {
                return Optional.empty();
            }
        }
    }
}
