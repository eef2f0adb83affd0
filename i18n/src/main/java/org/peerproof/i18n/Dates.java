package org.peerproof.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the reader writes them (their locale) and times in the advocate's own time zone. */
public final class Dates {

    private Dates() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : instant.atZone(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }
}
