package org.peerproof.app.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers that Spring Security gives before any controller runs, as problem+json in the caller's
 * language: 401 without a valid token (keeping the {@code WWW-Authenticate} challenge), 403 for a role, 400 for a
 * path the firewall rejects (such as {@code ;} parameters). Without them the security layer answered with
 * {@code sendError}, whose dispatch to /error went through the web application's rules and came back as an empty
 * 403 or the HTML sign-in page (issue 14, findings 3 and 5; docs/reliability.md).
 */
@Component
public class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

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
        challenge.commence(request, response, failed);
        write(request, response, HttpStatus.UNAUTHORIZED);
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
        var locale = request.getLocale();
        var key = "api.problem.status." + status.value();
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key + ".detail", null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
