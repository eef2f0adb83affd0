package org.peerproof.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedDatePickerTest {

    @Test
    void germanCalendarNamesMonthsAndDaysInGermanAndStartsOnMonday() {
        var texts = LocalizedDatePicker.calendarTexts(Locale.GERMAN);
        assertThat(texts.getMonthNames()).hasSize(12).startsWith("Januar").endsWith("Dezember");
        assertThat(texts.getWeekdays()).hasSize(7).startsWith("Sonntag").contains("Montag");
        assertThat(texts.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void japaneseCalendarStartsOnSundayWithJapaneseNames() {
        var texts = LocalizedDatePicker.calendarTexts(Locale.JAPANESE);
        assertThat(texts.getMonthNames()).startsWith("1月");
        assertThat(texts.getWeekdays()).startsWith("日曜日");
        assertThat(texts.getWeekdaysShort()).startsWith("日");
        assertThat(texts.getFirstDayOfWeek()).isZero();
    }

    @Test
    void frenchAndSpanishMonthsAreTheirOwn() {
        assertThat(LocalizedDatePicker.calendarTexts(Locale.FRENCH).getMonthNames()).startsWith("janvier");
        assertThat(LocalizedDatePicker.calendarTexts(Locale.of("es")).getMonthNames()).startsWith("enero");
    }
}
