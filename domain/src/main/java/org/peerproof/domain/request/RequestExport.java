package org.peerproof.domain.request;

import java.io.IOException;
import java.io.OutputStream;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.csv.SpreadsheetCsv;
import org.springframework.stereotype.Service;

/** The reference requests this user may see ({@link VisibleRequests}: sales their own) as a CSV file. */
@Service
public class RequestExport {

    static final String[] HEADER = {"id", "opportunity_id", "prospect_company", "industry", "size_band", "region",
            "activity_type", "needed_by", "status", "requested_by", "deal_amount", "created_at"};

    private final VisibleRequests requests;

    public RequestExport(VisibleRequests requests) {
        this.requests = requests;
    }

    /** Writes the file to {@code out} and closes it. */
    public void write(SignedInUser user, OutputStream out) throws IOException {
        var visible = requests.list(user);
        try (var csv = SpreadsheetCsv.printer(out, HEADER)) {
            for (var request : visible) {
                csv.printRecord(request.id(), SpreadsheetCsv.text(request.opportunityId()),
                        SpreadsheetCsv.text(request.prospectCompany()), request.prospectIndustry(), request.sizeBand(),
                        request.region(), request.activityType(), request.neededBy(), request.status(),
                        SpreadsheetCsv.text(request.requestedBy()),
                        request.dealAmount() == null ? null : request.dealAmount().toPlainString(), request.createdAt());
            }
        }
    }
}
