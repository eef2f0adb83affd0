package org.peerproof.domain.csv;

import jakarta.validation.Validator;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.Persona;

/**
 * Checks the rows of an advocates file: required email and name, an existing account (by CRM account id, else by
 * company name), catalog products and use cases, known languages, time zone, tier and status. An email may appear
 * once in the file and must not belong to anyone yet. Blank status means ACTIVE; blank time zone UTC.
 */
public final class AdvocateRows {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final Validator validator;
    private final ImportCatalog catalog;

    public AdvocateRows(Validator validator, ImportCatalog catalog) {
        this.validator = validator;
        this.catalog = catalog;
    }

    public ImportPreview<AdvocateDraft> check(CsvTable table, ImportProgress progress) {
        var firstRowByEmail = new HashMap<String, Integer>();
        return table.check(ImportKind.ADVOCATES, validator, progress, (row, cells) -> {
            var email = cells.text("email", Advocate.class, "email");
            if (email != null) {
                email = email.toLowerCase(Locale.ROOT);
                cells.unique("email", email, email, firstRowByEmail, catalog.takenEmails()::contains,
                        "import.advocate.emailExists");
            }
            var name = cells.text("name", Advocate.class, "name");
            var title = cells.text("title", Advocate.class, "title");
            var persona = cells.optionalEnum("persona", Persona.class).orElse(null);
            var accountId = account(row, cells);
            var languages = languages(row, cells);
            var zone = timeZone(row, cells);
            var products = cells.catalogIds("products", catalog.productIds(), "import.cell.unknownProduct");
            var useCases = cells.catalogIds("use_cases", catalog.useCaseIds(), "import.cell.unknownUseCase");
            Long tierId = null;
            if (!row.cell("tier").isEmpty()) {
                tierId = catalog.tierIds().get(row.cell("tier").toLowerCase(Locale.ROOT));
                if (tierId == null) {
                    cells.report("tier", "import.cell.unknownTier", row.cell("tier"));
                }
            }
            var status = cells.optionalEnum("status", AdvocateStatus.class).orElse(AdvocateStatus.ACTIVE);
            return new AdvocateDraft(row.number(), email, name, title, persona, accountId, languages, zone,
                    products, useCases, tierId, status);
        });
    }

    private Long account(CsvRow row, CellChecks cells) {
        var crmId = row.cell("crm_account_id");
        if (!crmId.isEmpty()) {
            var id = catalog.accountIdsByCrmId().get(crmId.toLowerCase(Locale.ROOT));
            if (id == null) {
                cells.report("crm_account_id", "import.account.unknownCrmId", crmId);
            }
            return id;
        }
        var company = row.cell("company_name");
        if (company.isEmpty()) {
            cells.report("company_name", "import.advocate.accountRequired");
            return null;
        }
        var ids = catalog.accountIdsByName().getOrDefault(company.toLowerCase(Locale.ROOT), List.of());
        if (ids.size() != 1) {
            cells.report("company_name", ids.isEmpty() ? "import.account.unknownName" : "import.account.ambiguousName",
                    company);
            return null;
        }
        return ids.getFirst();
    }

    private static List<String> languages(CsvRow row, CellChecks cells) {
        var codes = row.list("languages").stream().map(code -> code.toLowerCase(Locale.ROOT)).distinct().toList();
        codes.stream().filter(code -> !LANGUAGES.contains(code))
                .forEach(code -> cells.report("languages", "import.cell.unknownLanguage", code));
        return codes.stream().filter(LANGUAGES::contains).toList();
    }

    private static ZoneId timeZone(CsvRow row, CellChecks cells) {
        var zone = row.cell("time_zone");
        if (zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        if (!ZONES.contains(zone)) {
            cells.report("time_zone", "import.cell.unknownTimeZone", zone);
            return null;
        }
        return ZoneId.of(zone);
    }
}
