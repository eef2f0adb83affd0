package org.peerproof.app.web;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.peerproof.i18n.SupportedLocales;
import org.peerproof.ui.PlainPage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to the public endpoints, per client address (behind the proxy the forwarded address), limited with a
 * Bucket4j token bucket: past the limit the answer is 429 with {@code Retry-After}, a translated page for people
 * and problem+json for API clients, before any session, token check or database work (issue 14: 150 guessed
 * action links in 1.2 s). Signed-in pages and authenticated API calls are not counted here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@EnableConfigurationProperties(RateLimitProperties.class)
class PublicEndpointRateLimit extends OncePerRequestFilter {

    private final RateLimitProperties limits;
    private final List<PathPattern> paths;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicEndpointRateLimit(RateLimitProperties limits, MessageSource messages, JsonMapper json) {
        this.limits = limits;
        this.paths = limits.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return paths.stream().noneMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var probe = bucketFor(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        var retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        refuse(request, response, retryAfter);
    }

    private Bucket bucketFor(String address) {
        if (buckets.size() >= limits.trackedAddresses()) {
            // Full buckets belong to addresses that have been quiet for a minute: forgetting them loses nothing.
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limits.requestsPerMinute());
        }
        return buckets.computeIfAbsent(address, any -> Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.requestsPerMinute())
                        .refillGreedy(limits.requestsPerMinute(), Duration.ofMinutes(1)))
                .build());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfter) throws IOException {
        var locale = SupportedLocales.bestMatch(request.getLocale());
        var title = messages.getMessage("web.tooManyRequests.title", null, locale);
        var detail = messages.getMessage("web.tooManyRequests.body", new Object[] {retryAfter}, locale);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        byte[] body;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
            problem.setTitle(title);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            body = json.writeValueAsBytes(problem);
        } else {
            response.setContentType(PlainPage.HTML.toString());
            body = PlainPage.titled(locale, title + " | " + messages.getMessage("app.name", null, locale))
                    .heading(title).paragraph("too-many-requests", detail).html().getBytes(StandardCharsets.UTF_8);
        }
        response.getOutputStream().write(body);
    }
}
