package org.peerproof.domain.csv;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.advocate.Advocate;

/**
 * Checks the rows of an accounts file. A company name or CRM account id may appear once, in the file and in the
 * database, so that advocate files can name accounts unambiguously.
 */
public final class AccountRows {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int PROGRESS_EVERY = 100;

    private final Validator validator;
    private final ImportCatalog catalog;

    public AccountRows(Validator validator, ImportCatalog catalog) {
        this.validator = validator;
        this.catalog = catalog;
    }

    public ImportPreview<AccountDraft> check(CsvTable table, ImportProgress progress) {
        var problems = new ArrayList<ImportProblem>();
        var valid = new ArrayList<AccountDraft>();
        var firstRowByName = new HashMap<String, Integer>();
        var firstRowByCrmId = new HashMap<String, Integer>();
        int done = 0;
        for (var row : table.rows()) {
            var cells = new CellChecks(validator, problems, row);
            int before = cells.problemCount();
            if (table.overfull().contains(row.number())) {
                cells.report("", "import.row.extraCells");
            }
            var name = cells.text("company_name", CustomerAccount.class, "companyName");
            if (name != null) {
                var key = name.toLowerCase(Locale.ROOT);
                var first = firstRowByName.putIfAbsent(key, row.number());
                if (first != null) {
                    cells.report("company_name", "import.cell.duplicateInFile", name, first);
                } else if (catalog.accountIdsByName().containsKey(key)) {
                    cells.report("company_name", "import.account.exists", name);
                }
            }
            var industry = cells.requiredEnum("industry", Industry.class);
            var sizeBand = cells.requiredEnum("size_band", SizeBand.class);
            var region = cells.requiredEnum("region", Region.class);
            var country = row.cell("country").toUpperCase(Locale.ROOT);
            if (!country.isEmpty() && !COUNTRIES.contains(country)) {
                cells.report("country", "import.cell.country", row.cell("country"));
            }
            var crmId = cells.text("crm_account_id", CustomerAccount.class, "crmAccountId");
            if (crmId != null) {
                var key = crmId.toLowerCase(Locale.ROOT);
                var first = firstRowByCrmId.putIfAbsent(key, row.number());
                if (first != null) {
                    cells.report("crm_account_id", "import.cell.duplicateInFile", crmId, first);
                } else if (catalog.takenCrmIds().contains(key)) {
                    cells.report("crm_account_id", "import.account.crmIdExists", crmId);
                }
            }
            var products = cells.catalogIds("products", catalog.productIds(), "import.cell.unknownProduct");
            // Relationship owners are staff sign-in names, which are email addresses in the realm.
            var owner = row.cell("relationship_owner").isEmpty() ? null
                    : cells.text("relationship_owner", Advocate.class, "email");
            if (cells.problemCount() == before) {
                valid.add(new AccountDraft(row.number(), name, industry, sizeBand, region,
                        country.isEmpty() ? null : country, crmId, products,
                        owner == null ? null : owner.toLowerCase(Locale.ROOT)));
            }
            if (++done % PROGRESS_EVERY == 0) {
                progress.update(done, table.rows().size());
            }
        }
        progress.update(done, table.rows().size());
        return new ImportPreview<>(ImportKind.ACCOUNTS, table.rows().size(), valid, problems);
    }
}
