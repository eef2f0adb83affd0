package org.peerproof.domain.notification;

import static org.peerproof.domain.testsupport.DomainFixtures.account;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;
import static org.peerproof.domain.testsupport.DomainFixtures.request;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.stereotype.Component;

/** Saved advocates and asks for the mail tests; call inside a transaction. */
@Component
class MailFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CustomerAccountRepository accounts;
    private final AdvocateRepository advocates;
    private final TierRepository tiers;
    private final ReferenceRequestRepository requests;
    private final AskRepository asks;

    MailFixtures(CustomerAccountRepository accounts, AdvocateRepository advocates, TierRepository tiers,
                 ReferenceRequestRepository requests, AskRepository asks) {
        this.accounts = accounts;
        this.advocates = advocates;
        this.tiers = tiers;
        this.requests = requests;
        this.asks = asks;
    }

    /** An active tier-2 advocate willing to do 30-minute calls, with a unique address. */
    Advocate advocate(String name, Locale preferredLocale) {
        int n = SEQUENCE.incrementAndGet();
        var advocate = activeAdvocate(accounts.save(account("Mail Corp " + n)), "advocate" + n + "@customer.example");
        advocate.setName(name);
        advocate.setPreferredLocale(preferredLocale);
        advocate.assignTier(tiers.findByRank(2).orElseThrow());
        advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 3, ContactChannel.VIDEO_CALL);
        return advocates.save(advocate);
    }

    /** A pending ask from a request filed by sales@peerproof.example.com, open for three days from {@code now}. */
    Ask pendingAsk(Advocate advocate, Instant now) {
        int n = SEQUENCE.incrementAndGet();
        var request = request("OPP-MAIL-" + n);
        var filed = new org.peerproof.domain.request.ReferenceRequest(request.getOpportunityId(),
                "Prospect " + n + " GmbH", request.getProspectIndustry(), request.getSizeBand(), request.getRegion(),
                request.getDealStage(), request.getActivityType(), request.getNeededBy(), "sales@peerproof.example.com",
                now.minus(Duration.ofDays(1)));
        return asks.save(new Ask(requests.save(filed), advocate, now, now.plus(Duration.ofDays(3))));
    }
}
