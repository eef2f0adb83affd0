package org.peerproof.domain.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV dialect PeerProof writes and reads: UTF-8, with a byte order mark so Excel recognises the encoding;
 * comma-separated on export, comma, semicolon or tab on import (whatever the header row uses).
 */
public final class SpreadsheetCsv {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCsv() {
    }

    /** A printer writing the header row; the caller closes it (which flushes but also closes {@code out}). */
    public static CSVPrinter printer(OutputStream out, String... header) throws IOException {
        out.write(BYTE_ORDER_MARK);
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\r\n").get().print(writer);
    }

    /**
     * A text cell that a spreadsheet will not run as a formula (CSV injection): a value starting with = + - @ (or a
     * tab or carriage return) gets a leading apostrophe. Use it for every value people typed; numbers and dates
     * PeerProof formats itself go out as they are.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The file's text without a leading UTF-8 byte order mark. */
    static String decode(byte[] file) {
        boolean bom = file.length >= 3 && Arrays.equals(file, 0, 3, BYTE_ORDER_MARK, 0, 3);
        return bom ? new String(file, 3, file.length - 3, StandardCharsets.UTF_8) : new String(file, StandardCharsets.UTF_8);
    }

    /** The separator the header row uses most: comma, semicolon (Excel in many European locales) or tab. */
    static char separatorOf(String text) {
        int end = text.indexOf('\n');
        var header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
