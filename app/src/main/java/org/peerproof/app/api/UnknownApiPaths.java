package org.peerproof.app.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API path no controller serves is a 404 problem. Without this mapping the request fell through to Vaadin's
 * catch-all forwarding mapping and was answered 200 with the web application's HTML page (issue 14, finding 5).
 * It ranks after the controllers' mappings, so a known path with the wrong method is still a 405; it throws from
 * the lookup, like those mappings do, so the API's problem handler answers.
 */
@Component
class UnknownApiPaths extends AbstractHandlerMapping {

    UnknownApiPaths() {
        setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) throws NoResourceFoundException {
        if (ApiProblemResponses.isApiRequest(request)) {
            throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
                    request.getRequestURI());
        }
        return null;
    }
}
