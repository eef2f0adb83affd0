package org.peerproof.domain.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe() {
        assertThat(SpreadsheetCsv.text("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetCsv.text("+1 555")).isEqualTo("'+1 555");
        assertThat(SpreadsheetCsv.text("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.text("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCsv.text("Acme = best")).isEqualTo("Acme = best");
        assertThat(SpreadsheetCsv.text(null)).isEmpty();
    }

    @Test
    void writesUtf8WithAByteOrderMarkAndQuotesWhatNeedsIt() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var csv = SpreadsheetCsv.printer(out, "name", "note")) {
            csv.printRecord("Zoë, Ltd", "said \"hi\"");
        }
        var bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("name,note\r\n\"Zoë, Ltd\",\"said \"\"hi\"\"\"\r\n");
    }

    @Test
    void readsTheSeparatorFromTheHeaderAndDropsAByteOrderMark() {
        assertThat(SpreadsheetCsv.separatorOf("email;name;title\nx,y;z")).isEqualTo(';');
        assertThat(SpreadsheetCsv.separatorOf("email,name\n")).isEqualTo(',');
        assertThat(SpreadsheetCsv.separatorOf("email\tname")).isEqualTo('\t');
        var withBom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ';', 'b'};
        assertThat(SpreadsheetCsv.decode(withBom)).isEqualTo("a;b");
    }
}
