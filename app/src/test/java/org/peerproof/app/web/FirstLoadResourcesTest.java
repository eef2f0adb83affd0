package org.peerproof.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peerproof.app.NavigationIcons;
import org.peerproof.app.testsupport.KeycloakTestServer;
import org.peerproof.app.testsupport.PeerProofAppTest;
import org.peerproof.portal.PortalRoutes;

/** Issue 15 (docs/benchmarks.md, "Lighthouse"): what a phone's first visit loads, and how long it may keep it. */
@PeerProofAppTest
class FirstLoadResourcesTest {

    private static final Pattern BUNDLE_SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theBundlesHashedFilesAreCachedForAYear() throws Exception {
        var page = get("/").body();
        var script = BUNDLE_SCRIPT.matcher(page);
        assertThat(script.find()).as("the bundle's entry script in %s", page).isTrue();

        var answer = get("/" + script.group(1));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).contains(HashedResourceCaching.FOREVER);
    }

    @Test
    void theNavigationSpriteIsPublicAndHasEveryNavigationIcon() throws Exception {
        var sprite = get("/icons/navigation.svg");

        assertThat(sprite.statusCode()).isEqualTo(200);
        Stream.concat(Stream.of(PortalRoutes.Section.values()).map(PortalRoutes.Section::icon),
                        Stream.of(VaadinIcon.GLOBE_WIRE, VaadinIcon.ELLIPSIS_DOTS_H))
                .map(icon -> NavigationIcons.create(icon).getSrc())
                .forEach(src -> assertThat(sprite.body()).as(src)
                        .contains("<symbol id=\"" + src.substring(src.indexOf('#') + 1) + "\""));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(KeycloakTestServer.APP_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
