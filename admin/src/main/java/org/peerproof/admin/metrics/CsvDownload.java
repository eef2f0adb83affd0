package org.peerproof.admin.metrics;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * One figure's numbers as a CSV file (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs pick the
 * encoding). The rows are the ones the dashboard already computed for the signed-in user; nothing is queried again.
 */
final class CsvDownload implements DownloadHandler {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String fileName;
    private final List<String> headers;
    private final List<List<Object>> rows;

    CsvDownload(String fileName, List<String> headers, List<List<Object>> rows) {
        this.fileName = fileName;
        this.headers = List.copyOf(headers);
        this.rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        event.setFileName(fileName);
        event.setContentType("text/csv; charset=UTF-8");
        var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        try (var printer = CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get().print(writer)) {
            for (var row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
