package org.peerproof.app.pwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.app.testsupport.KeycloakTestServer.APP_URL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.PeerProofAppTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What a browser needs to install PeerProof, fetched the way a browser does before anyone signs in. */
@PeerProofAppTest
class PwaResourcesTest {

    // No cookies, no redirects: an answer from the Keycloak login instead of the resource fails the test.
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theManifestIsPublicAndDescribesTheInstalledPortal() throws Exception {
        var response = get("/manifest.webmanifest", "application/manifest+json");
        assertThat(response.statusCode()).isEqualTo(200);

        JsonNode manifest = new ObjectMapper().readTree(new String(response.body()));
        assertThat(manifest.path("name").asString()).isEqualTo("PeerProof");
        assertThat(manifest.path("short_name").asString()).isEqualTo("PeerProof").hasSizeLessThanOrEqualTo(12);
        assertThat(manifest.path("theme_color").asString()).isEqualToIgnoringCase("#1f6f5c");
        assertThat(manifest.path("background_color").asString()).isEqualToIgnoringCase("#ffffff");
        assertThat(manifest.path("display").asString()).isEqualTo("standalone");
        assertThat(URI.create(APP_URL + "/manifest.webmanifest").resolve(manifest.path("start_url").asString()))
                .isEqualTo(URI.create(APP_URL + "/portal"));

        Map<String, String> iconsBySize = new HashMap<>();
        manifest.path("icons").values().forEach(icon -> {
            assertThat(icon.path("type").asString()).isEqualTo("image/png");
            iconsBySize.put(icon.path("sizes").asString(), icon.path("src").asString());
        });
        assertThat(iconsBySize).containsKeys("192x192", "512x512");
        for (var size : new int[] {192, 512}) {
            var src = iconsBySize.get(size + "x" + size);
            var icon = get("/" + src.replaceFirst("^\\./", ""), "image/png");
            assertThat(icon.statusCode()).as(src).isEqualTo(200);
            assertThat(icon.headers().firstValue("Content-Type")).as(src).hasValueSatisfying(
                    type -> assertThat(type).startsWith("image/png"));
            var image = ImageIO.read(new ByteArrayInputStream(icon.body()));
            assertThat(image).as(src + " is a readable PNG").isNotNull();
            assertThat(image.getWidth()).as(src).isEqualTo(size);
            assertThat(image.getHeight()).as(src).isEqualTo(size);
        }
    }

    @Test
    void theServiceWorkerIsPublicAndHandlesFetches() throws Exception {
        var worker = get("/sw.js", "*/*");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(new String(worker.body())).contains("fetch");

        var precache = get("/sw-runtime-resources-precache.js", "*/*");
        assertThat(precache.statusCode()).isEqualTo(200);
        assertThat(new String(precache.body())).contains("offline.html", "manifest.webmanifest");
    }

    @Test
    void theOfflinePageIsPublicAndTranslated() throws Exception {
        var page = get("/offline.html", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        var html = new String(page.body());
        assertThat(html)
                .contains("<html lang=\"en")
                .contains("<h1 id=\"offline-title\">You are offline</h1>")
                .contains(">Try again</button>")
                .doesNotContain("{{", "!pwa.");
    }

    @Test
    void theHomePageLinksTheManifest() throws Exception {
        var home = get("/", "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(new String(home.body())).containsPattern("<link[^>]+rel=\"manifest\"[^>]+manifest.webmanifest");
    }

    private HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(APP_URL + path))
                .header("Accept", accept).header("Accept-Language", "en-US").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
