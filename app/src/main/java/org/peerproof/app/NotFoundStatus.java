package org.peerproof.app;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.peerproof.ui.RouteIds;
import org.springframework.stereotype.Component;

/**
 * The HTTP status of the first page load. Vaadin answers every address with its bootstrap page and routes in a
 * second request, so an address that names no page (or no record: {@link RouteIds}) would answer 200 while the
 * browser shows {@link NotFoundView}. This listener sets 404 on that bootstrap page, so crawlers, scripts and
 * monitors see what the reader sees (reliability R7).
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var routes = event.getSource().getRouter().getRegistry();
        event.addIndexHtmlRequestListener(page -> {
            var target = routes.getNavigationRouteTarget(path(page.getVaadinRequest()));
            if (!target.hasTarget() || !RouteIds.allValid(target.getRouteParameters())) {
                notFound(page);
            }
        });
    }

    private static void notFound(IndexHtmlResponse page) {
        page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The address inside the application, as the router reads it: no leading slash. */
    private static String path(VaadinRequest request) {
        var path = request.getPathInfo();
        return path == null ? "" : path.replaceFirst("^/+", "");
    }
}
