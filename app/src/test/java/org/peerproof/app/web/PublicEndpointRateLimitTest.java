package org.peerproof.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peerproof.i18n.MessagesConfiguration;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14, finding 8 (reliability R8): past the limit a client address gets 429 with {@code Retry-After}, a
 * translated page or a problem, before the request reaches anything else; other addresses and signed-in pages are
 * not affected.
 */
class PublicEndpointRateLimitTest {

    private static final int LIMIT = 5;

    private final PublicEndpointRateLimit filter = new PublicEndpointRateLimit(
            new RateLimitProperties(LIMIT, List.of("/action/**", "/api/v1/openapi.json"), 1000),
            MessagesConfiguration.createMessageSource(), JsonMapper.builder().build());

    @Test
    void aBurstOfGuessedLinksFromOneAddressIsCutOffAtTheLimit() throws Exception {
        for (var i = 0; i < LIMIT; i++) {
            assertThat(passed(send("/action/guess-" + i, "203.0.113.7", Locale.ENGLISH))).isTrue();
        }
        var refused = send("/action/guess-next", "203.0.113.7", Locale.GERMAN);
        assertThat(passed(refused)).isFalse();
        assertThat(refused.response().getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.response().getHeader("Retry-After"))).isPositive();
        assertThat(refused.response().getContentType()).startsWith("text/html");
        assertThat(refused.response().getContentAsString()).contains("id=\"too-many-requests\"", "lang=\"de\"")
                .doesNotContain("web.tooManyRequests");

        assertThat(passed(send("/action/guess-0", "198.51.100.9", Locale.ENGLISH)))
                .as("another address has its own budget").isTrue();
        assertThat(passed(send("/admin/requests", "203.0.113.7", Locale.ENGLISH)))
                .as("pages behind sign-in are not counted").isTrue();
    }

    @Test
    void anApiClientPastTheLimitGetsAProblem() throws Exception {
        for (var i = 0; i < LIMIT; i++) {
            send("/api/v1/openapi.json", "192.0.2.1", Locale.ENGLISH);
        }
        var refused = send("/api/v1/openapi.json", "192.0.2.1", Locale.ENGLISH);
        assertThat(passed(refused)).isFalse();
        assertThat(refused.response().getStatus()).isEqualTo(429);
        assertThat(refused.response().getContentType()).startsWith("application/problem+json");
        assertThat(refused.response().getContentAsString()).contains("\"status\":429", "\"detail\"");
    }

    private record Exchange(MockHttpServletResponse response, MockFilterChain chain) {
    }

    private static boolean passed(Exchange exchange) {
        return exchange.chain().getRequest() != null;
    }

    private Exchange send(String path, String address, Locale language) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        request.addPreferredLocale(language);
        var exchange = new Exchange(new MockHttpServletResponse(), new MockFilterChain());
        filter.doFilter(request, exchange.response(), exchange.chain());
        return exchange;
    }
}
