package org.peerproof.domain.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;

/** Valid, unsaved entities with plausible defaults, for tests that only care about a few of the fields. */
public final class DomainFixtures {

    public static final Instant CREATED_AT = Instant.parse("2026-01-05T09:00:00Z");

    private DomainFixtures() {
    }

    public static CustomerAccount account(String companyName) {
        return new CustomerAccount(companyName, Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA);
    }

    public static Advocate activeAdvocate(CustomerAccount account, String email) {
        var advocate = new Advocate(account, "Alex Example", email,
                ZoneId.of("Europe/Berlin"), AdvocateStatus.NOMINATED, CREATED_AT);
        advocate.join(LocalDate.of(2026, 1, 5));
        return advocate;
    }

    public static ReferenceRequest request(String opportunityId) {
        return new ReferenceRequest(opportunityId, "Prospect for " + opportunityId, Industry.HEALTHCARE,
                SizeBand.LARGE, Region.EMEA, DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30,
                LocalDate.of(2026, 6, 30), "sam.sales", CREATED_AT);
    }
}
