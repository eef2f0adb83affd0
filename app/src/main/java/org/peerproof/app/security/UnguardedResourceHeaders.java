package org.peerproof.app.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web chain's browser protections (reliability R7) for the answers that never pass it: Vaadin tells Spring
 * Security to ignore its public resources ({@code /offline.html}, the manifest, the service worker, icons), so
 * Spring Security's header writers never see them.
 */
@Component
class UnguardedResourceHeaders extends OncePerRequestFilter {

    private final RequestMatcher ignoredBySecurity = VaadinSecurityConfigurer.getDefaultWebSecurityIgnoreMatcher();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ignoredBySecurity.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
