package org.peerproof.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The rows of one table, sent in JDBC batches that Connector/J rewrites into multi-row INSERTs. A batch that
 * references other tables sends theirs first, so every foreign key finds its row and the constraints stay on.
 * A digest of every value sent tells whether two runs wrote the same rows (columns the schema fills by itself, such
 * as change stamps, are not part of it).
 */
final class TableBatch implements AutoCloseable {

    /** Rows per INSERT: a few hundred KB, well below the server's 16 MB max_allowed_packet. */
    static final int ROWS_PER_INSERT = 2_000;

    private final String table;
    private final int columns;
    private final PreparedStatement insert;
    private final List<TableBatch> referenced;
    private final CRC32C digest = new CRC32C();
    private int pending;
    private long rows;

    TableBatch(Connection connection, String table, List<String> columns, TableBatch... referenced)
            throws SQLException {
        this.table = table;
        this.columns = columns.size();
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", columns.stream().map(column -> "?").toList()) + ")");
        this.referenced = List.of(referenced);
    }

    /** One row, its values in the order of the columns; enums are stored by name, instants as UTC date-times. */
    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + " has " + columns + " columns, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            var value = stored(values[i]);
            insert.setObject(i + 1, value);
            digest.update((value + "\u001f").getBytes(StandardCharsets.UTF_8));
        }
        insert.addBatch();
        rows++;
        if (++pending == ROWS_PER_INSERT) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        for (var table : referenced) {
            table.flush();
        }
        insert.executeBatch();
        pending = 0;
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    long digest() {
        return digest.getValue();
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }

    private static Object stored(Object value) {
        return switch (value) {
            case Enum<?> constant -> constant.name();
            case Instant instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            case null, default -> value;
        };
    }
}
