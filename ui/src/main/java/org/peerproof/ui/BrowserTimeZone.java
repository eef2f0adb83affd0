package org.peerproof.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** The time zone the person's browser reports, for staff reading times and as an advocate's default zone. */
public final class BrowserTimeZone {

    private BrowserTimeZone() {
    }

    /** The zone known now; UTC when the browser has not told it (yet). */
    public static ZoneId orUtc(UI ui) {
        var details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        return parse(details == null ? null : details.getTimeZoneId()).orElse(ZoneOffset.UTC);
    }

    /**
     * Hands the browser's zone to {@code receiver} once the browser has reported it (at once when it already has);
     * never when it reports none or one Java does not know.
     */
    public static void whenKnown(UI ui, SerializableConsumer<ZoneId> receiver) {
        ui.getPage().retrieveExtendedClientDetails(details -> parse(details.getTimeZoneId()).ifPresent(receiver));
    }

    private static Optional<ZoneId> parse(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zoneId));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
