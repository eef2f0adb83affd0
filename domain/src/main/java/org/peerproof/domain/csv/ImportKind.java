package org.peerproof.domain.csv;

import java.util.List;

/**
 * What a spreadsheet import creates, with its columns. Headers are matched case-insensitively; spaces and hyphens
 * count as underscores. List cells (products, use cases, languages) separate their values with semicolons.
 */
public enum ImportKind {

    /** Customer accounts; products must already be in the catalog. */
    ACCOUNTS(List.of("company_name", "industry", "size_band", "region"),
            List.of("country", "crm_account_id", "products", "relationship_owner")),

    /** Advocates at existing accounts (named by crm_account_id or company_name). */
    ADVOCATES(List.of("email", "name"),
            List.of("title", "persona", "crm_account_id", "company_name", "languages", "time_zone", "products",
                    "use_cases", "tier", "status"));

    private final List<String> requiredColumns;
    private final List<String> optionalColumns;

    ImportKind(List<String> requiredColumns, List<String> optionalColumns) {
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    public List<String> optionalColumns() {
        return optionalColumns;
    }

    public boolean knows(String column) {
        return requiredColumns.contains(column) || optionalColumns.contains(column);
    }
}
