package org.peerproof.domain.csv;

import java.util.List;

/**
 * Why one cell (or row) cannot be imported.
 *
 * @param row        the row as a spreadsheet numbers it: the header is row 1, the first data row 2
 * @param column     the column's header, empty when the problem concerns the whole row
 * @param messageKey bundle key of the reason; arguments are strings and numbers
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }
}
