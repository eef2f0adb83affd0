package org.peerproof.domain.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.peerproof.domain.shared.DomainRuleException;

/**
 * An uploaded spreadsheet's rows with the header checked against the import kind's columns. Problems with the file
 * as a whole (missing or unknown columns, broken quoting) refuse it; problems in rows are the validators' business.
 *
 * @param rows      data rows in file order; rows with more cells than headers are kept and reported
 * @param overfull  numbers of rows that have more cells than the header
 */
public record CsvTable(List<CsvRow> rows, List<Integer> overfull) {

    private static final int PROGRESS_EVERY = 100;

    public static CsvTable read(byte[] file, ImportKind kind) {
        var text = SpreadsheetCsv.decode(file);
        var format = CSVFormat.DEFAULT.builder()
                .setDelimiter(SpreadsheetCsv.separatorOf(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<CSVRecord> records;
        try (var parser = format.parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw new DomainRuleException("import.file.unreadable", String.valueOf(e.getMessage()));
        }
        if (records.isEmpty()) {
            throw new DomainRuleException("import.file.empty");
        }
        var header = records.getFirst().stream().map(CsvTable::normalise).toList();
        checkHeader(header, kind);
        var rows = new ArrayList<CsvRow>();
        var overfull = new ArrayList<Integer>();
        for (var record : records.subList(1, records.size())) {
            int number = Math.toIntExact(record.getRecordNumber());
            var cells = new HashMap<String, String>();
            for (int i = 0; i < record.size(); i++) {
                if (i < header.size()) {
                    cells.put(header.get(i), record.get(i));
                } else if (!record.get(i).isBlank()) {
                    overfull.add(number);
                    break;
                }
            }
            rows.add(new CsvRow(number, cells));
        }
        return new CsvTable(List.copyOf(rows), List.copyOf(overfull));
    }

    private static void checkHeader(List<String> header, ImportKind kind) {
        var missing = kind.requiredColumns().stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new DomainRuleException("import.file.missingColumns", String.join(", ", missing));
        }
        var unknown = header.stream().filter(column -> !column.isEmpty() && !kind.knows(column)).toList();
        if (!unknown.isEmpty()) {
            throw new DomainRuleException("import.file.unknownColumns", String.join(", ", unknown),
                    String.join(", ", kind.optionalColumns()));
        }
        var duplicated = header.stream().filter(column -> !column.isEmpty())
                .filter(column -> header.indexOf(column) != header.lastIndexOf(column)).distinct().toList();
        if (!duplicated.isEmpty()) {
            throw new DomainRuleException("import.file.duplicateColumns", String.join(", ", duplicated));
        }
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /**
     * Checks every row with {@code draft}, which reads the row's cells and reports their problems through the given
     * {@link CellChecks}; a row that reported none is valid and its draft kept. Progress every 100 rows and at the end.
     */
    <D> ImportPreview<D> check(ImportKind kind, Validator validator, ImportProgress progress,
                               BiFunction<CsvRow, CellChecks, D> draft) {
        var problems = new ArrayList<ImportProblem>();
        var valid = new ArrayList<D>();
        int done = 0;
        for (var row : rows) {
            var cells = new CellChecks(validator, problems, row);
            int before = cells.problemCount();
            if (overfull.contains(row.number())) {
                cells.report("", "import.row.extraCells");
            }
            var checked = draft.apply(row, cells);
            if (cells.problemCount() == before) {
                valid.add(checked);
            }
            if (++done % PROGRESS_EVERY == 0) {
                progress.update(done, rows.size());
            }
        }
        progress.update(done, rows.size());
        return new ImportPreview<>(kind, rows.size(), valid, problems);
    }
}
