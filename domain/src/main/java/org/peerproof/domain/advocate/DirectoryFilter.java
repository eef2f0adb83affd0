package org.peerproof.domain.advocate;

import java.time.LocalDate;
import java.util.Set;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * What staff narrow the advocate directory to. Every {@code null}, empty set (and {@code availableNow == false})
 * means "any"; {@link #NONE} filters nothing. Build others with the {@code with...} methods.
 *
 * @param industry           the advocate's account is in this industry
 * @param region             the advocate's account is in this region
 * @param sizeBands          the advocate's account has one of these sizes
 * @param productId          the advocate uses this product
 * @param useCaseId          the advocate can speak to this use case
 * @param language           the advocate speaks this ISO 639 language
 * @param tierRank           the advocate's tier has this rank (1 = power tier)
 * @param status             the advocate is in this status
 * @param willingFor         the advocate consents to at least one of these activity types
 * @param relationshipOwner  the advocate's account is owned by this customer success manager (email, any case)
 * @param availableNow       only advocates not paused and without a blackout today
 * @param minAsksThisQuarter at least this many asks in the current calendar quarter
 * @param maxAsksThisQuarter at most this many asks in the current calendar quarter
 * @param burnoutFlagged     {@code true}: only advocates rule 2 flags; {@code false}: only those it does not
 * @param lastUsedBefore     no activity on or after this day (advocates never used included)
 * @param lastUsedAfter      some activity after this day
 * @param staleProfile       {@code true}: only profiles due for review (rule 9); {@code false}: only fresh ones
 * @param text               words found in the advocate's name, company or bio (case-insensitive)
 */
public record DirectoryFilter(
        Industry industry, Region region, Set<SizeBand> sizeBands, Long productId, Long useCaseId, String language,
        Integer tierRank, AdvocateStatus status, Set<ActivityTypeCode> willingFor, String relationshipOwner,
        boolean availableNow, Integer minAsksThisQuarter, Integer maxAsksThisQuarter, Boolean burnoutFlagged,
        LocalDate lastUsedBefore, LocalDate lastUsedAfter, Boolean staleProfile, String text) {

    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, Set.of(), null, null, null, null,
            null, Set.of(), null, false, null, null, null, null, null, null, null);

    public DirectoryFilter {
        sizeBands = sizeBands == null ? Set.of() : Set.copyOf(sizeBands);
        willingFor = willingFor == null ? Set.of() : Set.copyOf(willingFor);
        text = blankToNull(text);
        language = blankToNull(language);
        relationshipOwner = blankToNull(relationshipOwner);
    }

    public DirectoryFilter withIndustry(Industry value) {
        return new DirectoryFilter(value, region, sizeBands, productId, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withRegion(Region value) {
        return new DirectoryFilter(industry, value, sizeBands, productId, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withSizeBands(Set<SizeBand> values) {
        return new DirectoryFilter(industry, region, values, productId, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withProductId(Long value) {
        return new DirectoryFilter(industry, region, sizeBands, value, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withUseCaseId(Long value) {
        return new DirectoryFilter(industry, region, sizeBands, productId, value, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withLanguage(String value) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, value, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withTierRank(Integer value) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, value, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withStatus(AdvocateStatus value) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, tierRank, value,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withWillingFor(Set<ActivityTypeCode> values) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, tierRank, status,
                values, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withRelationshipOwner(String value) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, tierRank, status,
                willingFor, value, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withAvailableNow(boolean value) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, value, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withAsksThisQuarter(Integer min, Integer max) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, min, max, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withBurnoutFlagged(Boolean value) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, value,
                lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withLastUsed(LocalDate before, LocalDate after) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                before, after, staleProfile, text);
    }

    public DirectoryFilter withStaleProfile(Boolean value) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, value, text);
    }

    public DirectoryFilter withText(String value) {
        return new DirectoryFilter(industry, region, sizeBands, productId, useCaseId, language, tierRank, status,
                willingFor, relationshipOwner, availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged,
                lastUsedBefore, lastUsedAfter, staleProfile, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
