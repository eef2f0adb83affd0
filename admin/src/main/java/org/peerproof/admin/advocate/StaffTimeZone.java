package org.peerproof.admin.advocate;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Staff read times in their browser's time zone; UTC when the browser has not told it (yet). */
final class StaffTimeZone {

    private StaffTimeZone() {
    }

    static ZoneId of(UI ui) {
        var details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        var zoneId = details == null ? null : details.getTimeZoneId();
        if (zoneId == null || zoneId.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
