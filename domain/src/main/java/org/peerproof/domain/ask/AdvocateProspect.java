package org.peerproof.domain.ask;

import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.request.DealStage;

/**
 * The prospect of an ask as its advocate may know it. This is the one rule every channel to the advocate uses
 * (portal, API, mails, the confirm page of a mail link): the profile (industry, size, region, deal stage) always;
 * the company's name only once the advocate has said yes to the ask. Before that, and for an ask they declined,
 * let expire or that was withdrawn before they answered, the name stays with staff. Never the deal amount or the
 * salesperson's notes.
 *
 * @param companyName the prospect's company, or {@code null} while the advocate may not know it
 */
public record AdvocateProspect(String companyName, Industry industry, SizeBand sizeBand, Region region,
                               DealStage dealStage) {

    public static AdvocateProspect of(Ask ask) {
        var request = ask.getRequest();
        return new AdvocateProspect(mayBeNamed(ask) ? request.getProspectCompany() : null,
                request.getProspectIndustry(), request.getSizeBand(), request.getRegion(), request.getDealStage());
    }

    /** Whether the advocate of this ask may see the prospect's name: they accepted it (and may have done the call). */
    private static boolean mayBeNamed(Ask ask) {
        return ask.wasAccepted();
    }

    public boolean named() {
        return companyName != null;
    }
}
