package org.peerproof.app.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.ApiClient;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;

/** /api/v1/me/notification-settings with real Keycloak tokens: the advocate's own settings, validated input. */
@PeerProofAppTest
class NotificationSettingsApiTest {

    private static final String PATH = "/api/v1/me/notification-settings";
    private final ApiClient api = new ApiClient();

    @Test
    void anAdvocateReadsAndChangesOnlyTheirOwnOptionalMail() {
        KeycloakTestServer.requireRunning();
        var before = api.as("advocate3@peerproof.test", "GET", PATH, null);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("\"delivery\":\"IMMEDIATE\"", "THANK_YOU", "REWARDS", "PROFILE_REVIEW");

        var changed = api.as("advocate3@peerproof.test", "PUT", PATH,
                "{\"delivery\":\"WEEKLY_DIGEST\",\"categories\":[\"REWARDS\"]}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"delivery\":\"WEEKLY_DIGEST\"", "\"categories\":[\"REWARDS\"]");
        assertThat(api.as("advocate3@peerproof.test", "GET", PATH, null).body()).contains("WEEKLY_DIGEST");
        assertThat(api.as("advocate2@peerproof.test", "GET", PATH, null).body())
                .as("another advocate's settings are their own").contains("\"delivery\":\"IMMEDIATE\"");

        var invalid = api.as("advocate3@peerproof.test", "PUT", PATH, "{\"categories\":[]}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(api.as("sales@peerproof.test", "GET", PATH, null).statusCode()).isEqualTo(403);
    }
}
