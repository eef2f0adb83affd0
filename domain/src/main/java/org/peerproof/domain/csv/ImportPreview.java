package org.peerproof.domain.csv;

import java.util.List;

/**
 * An uploaded file checked row by row, before anything is written.
 *
 * @param rowCount data rows in the file
 * @param valid    the rows that can be imported, ready to write
 * @param problems every reason a row cannot be imported, in row order
 */
public record ImportPreview<T>(ImportKind kind, int rowCount, List<T> valid, List<ImportProblem> problems) {

    public ImportPreview {
        valid = List.copyOf(valid);
        problems = List.copyOf(problems);
    }

    public int invalidRowCount() {
        return rowCount - valid.size();
    }

    public boolean allValid() {
        return problems.isEmpty();
    }
}
