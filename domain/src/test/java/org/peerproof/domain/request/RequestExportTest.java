package org.peerproof.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The request export holds what the user may see: sales their own requests, program managers all. */
@MariaDbJpaTest
@Import({RequestExport.class, VisibleRequests.class, RequestExportTest.FixedClock.class})
class RequestExportTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-05-13T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    static final String SALES = "sales.export@peerproof.test";

    @Autowired RequestExport export;
    @Autowired ReferenceRequestRepository requests;

    @BeforeEach
    void twoRequestsOfOneRepAndOneOfAnother() {
        requests.save(request("OPP-OWN-1", "-2+3 Dangerous Corp", SALES));
        requests.save(request("OPP-OWN-2", "Plain Prospect", SALES));
        requests.save(request("OPP-OTHER", "Someone Else's Prospect", "other.rep@peerproof.test"));
    }

    @Test
    void salesExportOnlyTheirOwnRequestsWithFormulaCellsDefused() throws Exception {
        var rows = exported(new SignedInUser("kc-sales", SALES, true, "S", null, Set.of(Roles.SALES)));

        assertThat(rows).extracting(row -> row.get("opportunity_id")).containsExactlyInAnyOrder("OPP-OWN-1", "OPP-OWN-2");
        assertThat(rows).extracting(row -> row.get("prospect_company")).contains("'-2+3 Dangerous Corp");
        assertThat(rows.getFirst().get("deal_amount")).isEqualTo("125000.50");
        assertThat(rows.getFirst().get("industry")).isEqualTo("HEALTHCARE");
    }

    @Test
    void programManagersExportTheWholeQueue() throws Exception {
        var rows = exported(new SignedInUser("kc-pm", "pm@peerproof.test", true, "P", null,
                Set.of(Roles.PROGRAM_MANAGER)));

        assertThat(rows).extracting(row -> row.get("opportunity_id")).contains("OPP-OWN-1", "OPP-OWN-2", "OPP-OTHER");
    }

    private List<CSVRecord> exported(SignedInUser user) throws Exception {
        var out = new ByteArrayOutputStream();
        export.write(user, out);
        var text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactly(RequestExport.HEADER);
            return parser.getRecords();
        }
    }

    private static ReferenceRequest request(String opportunityId, String prospect, String requestedBy) {
        var request = new ReferenceRequest(opportunityId, prospect, Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA,
                DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30, LocalDate.of(2026, 6, 30), requestedBy,
                Instant.parse("2026-01-05T09:00:00Z"));
        request.setDealAmount(new BigDecimal("125000.50"));
        return request;
    }
}
