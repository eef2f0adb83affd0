package org.peerproof.domain.csv;

import jakarta.validation.Validator;
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

    private final Validator validator;
    private final ImportCatalog catalog;

    public AccountRows(Validator validator, ImportCatalog catalog) {
        this.validator = validator;
        this.catalog = catalog;
    }

    public ImportPreview<AccountDraft> check(CsvTable table, ImportProgress progress) {
        var firstRowByName = new HashMap<String, Integer>();
        var firstRowByCrmId = new HashMap<String, Integer>();
        return table.check(ImportKind.ACCOUNTS, validator, progress, (row, cells) -> {
            var name = cells.text("company_name", CustomerAccount.class, "companyName");
            if (name != null) {
                cells.unique("company_name", name, name.toLowerCase(Locale.ROOT), firstRowByName,
                        catalog.accountIdsByName()::containsKey, "import.account.exists");
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
                cells.unique("crm_account_id", crmId, crmId.toLowerCase(Locale.ROOT), firstRowByCrmId,
                        catalog.takenCrmIds()::contains, "import.account.crmIdExists");
            }
            var products = cells.catalogIds("products", catalog.productIds(), "import.cell.unknownProduct");
            // Relationship owners are staff sign-in names, which are email addresses in the realm.
            var owner = row.cell("relationship_owner").isEmpty() ? null
                    : cells.text("relationship_owner", Advocate.class, "email");
            return new AccountDraft(row.number(), name, industry, sizeBand, region,
                    country.isEmpty() ? null : country, crmId, products,
                    owner == null ? null : owner.toLowerCase(Locale.ROOT));
        });
    }
}
