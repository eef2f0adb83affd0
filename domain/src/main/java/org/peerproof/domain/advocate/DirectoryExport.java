package org.peerproof.domain.advocate;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.csv.SpreadsheetCsv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advocate directory as a CSV file: every advocate the filter selects for this user (not just the page on
 * screen), read page by page in one read-only transaction so the file is a consistent snapshot. Column names and
 * values are codes (as the import uses them), not translated labels.
 */
@Service
public class DirectoryExport {

    static final int PAGE_SIZE = 500;
    static final String[] HEADER = {"id", "name", "title", "company_name", "industry", "region", "size_band", "tier",
            "status", "languages", "asks_this_quarter", "utilization_percent", "last_used_on", "burnout_flagged",
            "profile_stale"};

    private final AdvocateDirectory directory;
    private final EntityManager entityManager;

    public DirectoryExport(AdvocateDirectory directory, EntityManager entityManager) {
        this.directory = directory;
        this.entityManager = entityManager;
    }

    /** Writes the file to {@code out} and closes it. */
    @Transactional(readOnly = true)
    public void write(SignedInUser user, DirectoryFilter filter, List<DirectorySort> sorts, OutputStream out)
            throws IOException {
        try (var csv = SpreadsheetCsv.printer(out, HEADER)) {
            for (int offset = 0; ; offset += PAGE_SIZE) {
                var page = directory.page(user, filter, offset, PAGE_SIZE, sorts);
                for (var row : page) {
                    csv.printRecord(row.id(), SpreadsheetCsv.text(row.name()), SpreadsheetCsv.text(row.title()),
                            SpreadsheetCsv.text(row.company()), code(row.industry()), code(row.region()),
                            code(row.sizeBand()), SpreadsheetCsv.text(row.tierName()), code(row.status()),
                            String.join(";", row.languages()), row.asksThisQuarter(), row.utilizationPercent(),
                            row.lastUsedOn(), row.burnoutFlagged(), row.profileStale());
                }
                if (page.size() < PAGE_SIZE) {
                    return;
                }
                // Rows are copied out; the loaded advocates need not stay in memory for the next page.
                entityManager.clear();
            }
        }
    }

    private static String code(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
