package org.peerproof.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Record ids in page addresses ({@code admin/requests/:requestId}), read one way for every view: anything but a
 * positive id that fits a {@code long} (letters, signs, {@code 9223372036854775808}, non-ASCII digits) is a page
 * that does not exist, answered by the not-found page, never by a parse exception.
 */
public final class RouteIds {

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
