package org.peerproof.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.WorkingHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, finding 1 (docs/reliability.md): working hours the TIME columns would round (23:59:59.999999999 was
 * acknowledged and stored as 00:00, breaking matching and the directory for everyone) are refused with a 400 naming
 * the field, and nothing is stored; whole minutes round-trip exactly.
 */
@PeerProofAppTest
class StoredAsAcknowledgedApiTest {

    static final String CARLA = "advocate3@peerproof.test";

    private final ApiClient api = new ApiClient();

    @Autowired AdvocateRepository advocates;
    @Autowired TransactionTemplate transactions;

    @Test
    void workingHoursWithFractionsAreRefusedAndNothingIsStored() {
        var set = api.as(CARLA, "PUT", "/api/v1/me/availability",
                "{\"workingHoursStart\":\"08:30\",\"workingHoursEnd\":\"16:45\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(storedHours()).isEqualTo(new WorkingHours(LocalTime.of(8, 30), LocalTime.of(16, 45)));

        for (var end : new String[] {"23:59:59.999999999", "17:00:00.5", "17:00:30"}) {
            var refused = api.as(CARLA, "PUT", "/api/v1/me/availability",
                    "{\"workingHoursStart\":\"09:00\",\"workingHoursEnd\":\"" + end + "\"}");
            assertThat(refused.statusCode()).as(end + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("workingHoursEnd", "End of working hours");
            assertThat(storedHours()).as(end).isEqualTo(new WorkingHours(LocalTime.of(8, 30), LocalTime.of(16, 45)));
        }
        assertThat(api.as(CARLA, "GET", "/api/v1/me", null).statusCode()).isEqualTo(200);
    }

    private WorkingHours storedHours() {
        return transactions.execute(status -> advocates.findByEmailIgnoreCase(CARLA).orElseThrow().getWorkingHours());
    }
}
