package org.peerproof.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Record ids in page addresses ({@code admin/requests/:requestId}), read one way for every view: anything but a
 * positive id that fits a {@code long} (letters, signs, {@code 9223372036854775808}, non-ASCII digits) is a page
 * that does not exist, answered by the not-found page, never by a parse exception.
 */
public final class RouteIds {

    private static final String ID_SUFFIX = "Id";
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,18}");

    private RouteIds() {
    }

    /** The id in the route parameter; when it is no id, the navigation is rerouted to the not-found page. */
    public static Optional<Long> required(BeforeEnterEvent event, String parameter) {
        var id = event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return id;
    }

    /**
     * Whether every record id among these route parameters (a parameter named {@code ...Id}) is an id; the first
     * page load uses it to answer 404 where the view will reroute to the not-found page.
     */
    public static boolean allValid(RouteParameters parameters) {
        return parameters.getParameterNames().stream().filter(name -> name.endsWith(ID_SUFFIX))
                .allMatch(name -> parameters.get(name).flatMap(RouteIds::parse).isPresent());
    }

    static Optional<Long> parse(String text) {
        if (!POSITIVE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException beyondLong) {
            return Optional.empty();
        }
    }
}
