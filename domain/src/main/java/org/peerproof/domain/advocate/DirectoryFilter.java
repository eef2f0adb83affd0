package org.peerproof.domain.advocate;

import java.time.LocalDate;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;

/**
 * What staff narrow the advocate directory to. Every {@code null} (and {@code availableNow == false}) means "any";
 * {@link #NONE} filters nothing. Build others with the {@code with...} methods.
 *
 * @param industry           the advocate's account is in this industry
 * @param region             the advocate's account is in this region
 * @param sizeBand           the advocate's account has this size
 * @param productId          the advocate uses this product
 * @param useCaseId          the advocate can speak to this use case
 * @param language           the advocate speaks this ISO 639 language
 * @param tierRank           the advocate's tier has this rank (1 = power tier)
 * @param status             the advocate is in this status
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
        Industry industry, Region region, SizeBand sizeBand, Long productId, Long useCaseId, String language,
        Integer tierRank, AdvocateStatus status, boolean availableNow, Integer minAsksThisQuarter,
        Integer maxAsksThisQuarter, Boolean burnoutFlagged, LocalDate lastUsedBefore, LocalDate lastUsedAfter,
        Boolean staleProfile, String text) {

    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, null, null, null, null,
            false, null, null, null, null, null, null, null);

    public DirectoryFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        language = language == null || language.isBlank() ? null : language.strip();
    }

    public DirectoryFilter withIndustry(Industry value) {
        return new DirectoryFilter(value, region, sizeBand, productId, useCaseId, language, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withRegion(Region value) {
        return new DirectoryFilter(industry, value, sizeBand, productId, useCaseId, language, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withSizeBand(SizeBand value) {
        return new DirectoryFilter(industry, region, value, productId, useCaseId, language, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withProductId(Long value) {
        return new DirectoryFilter(industry, region, sizeBand, value, useCaseId, language, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withUseCaseId(Long value) {
        return new DirectoryFilter(industry, region, sizeBand, productId, value, language, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withLanguage(String value) {
        return new DirectoryFilter(industry, region, sizeBand, productId, useCaseId, value, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withTierRank(Integer value) {
        return new DirectoryFilter(industry, region, sizeBand, productId, useCaseId, language, value, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withStatus(AdvocateStatus value) {
        return new DirectoryFilter(industry, region, sizeBand, productId, useCaseId, language, tierRank, value,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withAvailableNow(boolean value) {
        return new DirectoryFilter(industry, region, sizeBand, productId, useCaseId, language, tierRank, status,
                value, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withAsksThisQuarter(Integer min, Integer max) {
        return new DirectoryFilter(industry, region, sizeBand, productId, useCaseId, language, tierRank, status,
                availableNow, min, max, burnoutFlagged, lastUsedBefore, lastUsedAfter, staleProfile, text);
    }

    public DirectoryFilter withBurnoutFlagged(Boolean value) {
        return new DirectoryFilter(industry, region, sizeBand, productId, useCaseId, language, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, value, lastUsedBefore, lastUsedAfter,
                staleProfile, text);
    }

    public DirectoryFilter withLastUsed(LocalDate before, LocalDate after) {
        return new DirectoryFilter(industry, region, sizeBand, productId, useCaseId, language, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, before, after, staleProfile,
                text);
    }

    public DirectoryFilter withStaleProfile(Boolean value) {
        return new DirectoryFilter(industry, region, sizeBand, productId, useCaseId, language, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                value, text);
    }

    public DirectoryFilter withText(String value) {
        return new DirectoryFilter(industry, region, sizeBand, productId, useCaseId, language, tierRank, status,
                availableNow, minAsksThisQuarter, maxAsksThisQuarter, burnoutFlagged, lastUsedBefore, lastUsedAfter,
                staleProfile, value);
    }
}
