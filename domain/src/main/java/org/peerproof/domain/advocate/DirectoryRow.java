package org.peerproof.domain.advocate;

import java.time.LocalDate;
import java.util.List;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;

/**
 * One advocate as the staff directory lists them.
 *
 * @param company            empty for a self-registered advocate who has not named their company yet
 * @param relationshipOwner  email of the customer success manager who owns the account, {@code null} if none
 * @param tierName           {@code null} until staff place the advocate in a tier
 * @param languages          ISO 639 codes, sorted
 * @param asksThisQuarter    asks counting toward the cap in the current quarter (the advocate's time zone)
 * @param utilizationPercent asks this quarter against min(program cap, the advocate's own highest max), in percent;
 *                           {@code null} when that capacity is zero
 * @param lastUsedOn         day of the latest activity, {@code null} if never used
 * @param burnoutFlagged     rule 2 flags the advocate today
 * @param profileStale       the profile is due for review (rule 9)
 */
public record DirectoryRow(Long id, String name, String title, String company, Industry industry, Region region,
                           SizeBand sizeBand, String relationshipOwner, String tierName, AdvocateStatus status, List<String> languages,
                           int asksThisQuarter, Integer utilizationPercent, LocalDate lastUsedOn,
                           boolean burnoutFlagged, boolean profileStale) {
}
