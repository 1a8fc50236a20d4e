package org.stance4j.datasets;

import org.stance4j.model.InvalidDataException;

import java.util.List;

/** Turns one row of a format into a labeled statement, or says which column is wrong. */
interface RowMapper {
    /** Checks the header once, before any row. */
    void checkHeader(TableReader table) throws InvalidDataException;

    /** @param dataRow 1-based number of the data row (for default ids) */
    LabeledStatement map(TableReader.Row row, long dataRow) throws RowProblem;

    /** Whatever the format does to the whole file once every row is read; by default nothing. */
    default List<LabeledStatement> finish(List<LabeledStatement> statements) {
        return statements;
    }

    /** A problem with one row, which --skip-invalid may skip. */
    final class RowProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final String column;

        RowProblem(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}
