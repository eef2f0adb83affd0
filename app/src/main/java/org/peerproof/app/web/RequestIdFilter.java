package org.peerproof.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peerproof.domain.shared.RequestIds;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id before anything else runs (reliability R10): in the logging context for the whole
 * request (JSON logs carry it), in the {@value RequestIds#HEADER} response header (a user reporting a problem or
 * the load balancer's log can quote it), and through the logging context in the audit rows the request writes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        response.setHeader(RequestIds.HEADER, id);
        try (var ignored = MDC.putCloseable(RequestIds.LOG_KEY, id)) {
            chain.doFilter(request, response);
        }
    }
}
