package org.peerproof.domain.account;

/** A customer account as staff see it in lists. */
public record StaffAccountView(Long id, String companyName, Industry industry, SizeBand sizeBand, Region region,
                               String countryCode, String relationshipOwner, RelationshipHealth health,
                               Integer npsScore, boolean pendingReview) {

    static StaffAccountView of(CustomerAccount account) {
        return new StaffAccountView(account.getId(), account.getCompanyName(), account.getIndustry(),
                account.getSizeBand(), account.getRegion(), account.getCountryCode(), account.getRelationshipOwner(),
                account.getHealth(), account.getNpsScore(), account.isPendingReview());
    }
}
