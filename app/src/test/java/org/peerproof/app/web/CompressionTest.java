package org.peerproof.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;

/** Issue 15: text answers travel compressed to a browser that accepts it, and arrive whole. */
@PeerProofAppTest
class CompressionTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void textAnswersAreGzippedForBrowsersThatAcceptIt() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(KeycloakTestServer.APP_URL + "/api/v1/openapi.json"))
                .header("Accept-Encoding", "gzip").build();
        var compressed = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        String body;
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            body = new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(body).startsWith("{").contains("\"openapi\"");
        assertThat(compressed.body().length).isLessThan(body.length() / 3);

        var plain = http.send(HttpRequest.newBuilder(request.uri()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).isEqualTo(body);
    }
}
