package org.peerproof.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The frontend bundle's files ({@code VAADIN/build/}) carry a hash of their content in their names, so a browser
 * may keep them for good: a new build brings new names, and the page that names them is never cached. Vaadin's
 * static file server gives them an hour, after which every visit asks again for each of some thirty scripts
 * (docs/benchmarks.md, "Lighthouse"); this sets a year instead, where Vaadin sets its header.
 */
@Component
class HashedResourceCaching extends OncePerRequestFilter {

    static final String FOREVER = "public, max-age=31536000, immutable";
    private static final String CACHE_CONTROL = "Cache-Control";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/build/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? FOREVER : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? FOREVER : value);
            }
        });
    }
}
