package org.peerproof.app.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers that Spring Security gives before any controller runs, as problem+json in the caller's
 * language: 401 without a valid token (keeping the {@code WWW-Authenticate} challenge), 503 with Retry-After when a
 * token cannot be checked because Keycloak's signing keys cannot be fetched, 403 for a role, 400 for a path the
 * firewall rejects (such as {@code ;} parameters). Without them the security layer answered with {@code sendError},
 * whose dispatch to /error went through the web application's rules and came back as an empty 403 or the HTML
 * sign-in page (issue 14, findings 3 and 5; docs/reliability.md R3).
 */
@Component
public class ApiProblemResponses
        implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler, RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemResponses.class);

    /** How long a client waits before sending its token again while Keycloak cannot be reached. */
    public static final Duration IDENTITY_PROVIDER_RETRY_AFTER = Duration.ofSeconds(30);

    private final AuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandler insufficient = new BearerTokenAccessDeniedHandler();
    private final RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();
    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblemResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A request to the API, or the error dispatch of one (its original address is kept as an attribute). */
    public static boolean isApiRequest(HttpServletRequest request) {
        var path = request.getDispatcherType() == DispatcherType.ERROR
                ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : request.getRequestURI();
        return path != null && path.startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failed)
            throws IOException, ServletException {
        if (failed instanceof AuthenticationServiceException) {
            // The token was not judged at all (the JWK set could not be fetched): our fault, not the caller's, so no
            // 401 that would send the app to sign in again, but a 503 to retry (R3).
            LOG.warn("An API token could not be checked: {}", failed.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(IDENTITY_PROVIDER_RETRY_AFTER.toSeconds()));
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "api.problem.identityUnavailable");
            return;
        }
        challenge.commence(request, response, failed);
        write(request, response, HttpStatus.UNAUTHORIZED);
    }

    /**
     * A bearer token the resource server refused or could not check. Spring Security's own failure handler rethrows
     * the latter ({@link AuthenticationServiceException}), which reached the servlet container as a 500.
     */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failed) throws IOException, ServletException {
        commence(request, response, failed);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        insufficient.handle(request, response, denied);
        write(request, response, HttpStatus.FORBIDDEN);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, ServletException {
        if (isApiRequest(request)) {
            write(request, response, HttpStatus.BAD_REQUEST);
        } else {
            elsewhere.handle(request, response, rejected);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException {
        write(request, response, status, "api.problem.status." + status.value());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        var locale = request.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key + ".detail", null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
