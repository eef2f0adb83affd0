package org.peerproof.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A date picker whose calendar speaks the page's language: month and weekday names and the first day of the week
 * from the JDK's locale data, "today" and "cancel" from the bundles. Vaadin's own calendar is English otherwise.
 */
public class LocalizedDatePicker extends DatePicker {

    /**
     * The week's first day depends on the region, and the UI's locale is often a bare language (the language switch
     * offers languages): then the region where the language is at home decides.
     */
    private static final Map<String, String> HOME_REGIONS = Map.of("en", "US", "de", "DE", "fr", "FR", "es", "ES",
            "ja", "JP");

    public LocalizedDatePicker() {
    }

    public LocalizedDatePicker(String label) {
        super(label);
    }

    public LocalizedDatePicker(String label, LocalDate initialValue) {
        super(label, initialValue);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var locale = attachEvent.getUI().getLocale();
        setI18n(calendarTexts(locale)
                .setToday(getTranslation(locale, "datePicker.today"))
                .setCancel(getTranslation(locale, "datePicker.cancel")));
    }

    /** The calendar's month and weekday names and its first day of the week in {@code locale}. */
    public static DatePickerI18n calendarTexts(Locale locale) {
        // The web component counts weekdays from Sunday (0); java.time from Monday.
        var fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY)).toList();
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(names(fromSunday, TextStyle.FULL, locale))
                .setWeekdaysShort(names(fromSunday, TextStyle.SHORT, locale))
                .setFirstDayOfWeek(WeekFields.of(withRegion(locale)).getFirstDayOfWeek().getValue() % 7);
    }

    private static Locale withRegion(Locale locale) {
        var home = HOME_REGIONS.get(locale.getLanguage());
        return locale.getCountry().isEmpty() && home != null ? Locale.of(locale.getLanguage(), home) : locale;
    }

    private static List<String> names(List<DayOfWeek> days, TextStyle style, Locale locale) {
        return days.stream().map(day -> day.getDisplayName(style, locale)).toList();
    }
}
