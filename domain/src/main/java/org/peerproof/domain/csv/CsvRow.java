package org.peerproof.domain.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One data row of an uploaded file: its cells by normalised column name.
 *
 * @param number the spreadsheet row number (header = 1)
 */
public record CsvRow(int number, Map<String, String> cells) {

    /** The trimmed cell, empty when the column is absent or blank. */
    public String cell(String column) {
        var value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    /** A semicolon-separated list cell as its trimmed, non-empty values. */
    public List<String> list(String column) {
        return Arrays.stream(cell(column).split(";")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }
}
