package org.peerproof.domain.csv;

import java.util.List;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;

/** A checked account row, ready to be written. Optional values are {@code null}. */
public record AccountDraft(int row, String companyName, Industry industry, SizeBand sizeBand, Region region,
                           String countryCode, String crmAccountId, List<Long> productIds, String relationshipOwner) {
}
