package org.peerproof.domain.csv;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.tier.Tier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spreadsheet import of customer accounts and advocates for program managers and admins. A file is checked row by
 * row against the database ({@link #preview}); importing checks it again in the writing transaction, so a file that
 * changed meanwhile, or data that did, cannot slip through. With any invalid row nothing is written, unless the
 * caller chose to import the valid rows only.
 */
@Service
public class CsvImport {

    /** Larger files are refused before parsing; 5 MB is tens of thousands of rows. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final String AUDIT_ENTITY = "SpreadsheetImport";
    private static final int QUERY_CHUNK = 500;
    private static final int FLUSH_EVERY = 200;

    private final EntityManager entityManager;
    private final Validator validator;
    private final AuditTrail audit;
    private final Clock clock;

    public CsvImport(EntityManager entityManager, Validator validator, AuditTrail audit, Clock clock) {
        this.entityManager = entityManager;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many rows were written and how many invalid ones were left out. */
    public record ImportResult(ImportKind kind, int imported, int skipped) {
    }

    /** Every row checked, nothing written. */
    @Transactional(readOnly = true)
    public ImportPreview<?> preview(SignedInUser user, ImportKind kind, byte[] file, ImportProgress progress) {
        permitted(user);
        return check(kind, read(file, kind), progress);
    }

    /**
     * Writes the file's rows in this one transaction.
     *
     * @param validRowsOnly {@code false}: any invalid row refuses the whole file; {@code true}: invalid rows are
     *                      skipped and the others written
     * @param progress      told about checking (first half) and writing (second half) as one run over 2 x rows
     */
    @Transactional
    public ImportResult importFile(SignedInUser user, ImportKind kind, byte[] file, boolean validRowsOnly,
                                   ImportProgress progress) {
        permitted(user);
        var table = read(file, kind);
        int total = table.rows().size() * 2;
        var preview = check(kind, table, (done, rows) -> progress.update(done, total));
        if (!preview.allValid() && !validRowsOnly) {
            throw new DomainRuleException("import.rejected", preview.invalidRowCount(), preview.rowCount());
        }
        var now = Instant.now(clock);
        int written = 0;
        for (var draft : preview.valid()) {
            switch (draft) {
                case AccountDraft account -> entityManager.persist(account(account));
                case AdvocateDraft advocate -> entityManager.persist(advocate(advocate, now));
                default -> throw new IllegalStateException("Unknown draft " + draft);
            }
            if (++written % FLUSH_EVERY == 0) {
                // Keeps the persistence context small; rows refer to catalog entries by reference, not by instance.
                entityManager.flush();
                entityManager.clear();
                progress.update(table.rows().size() + written, total);
            }
        }
        entityManager.flush();
        progress.update(total, total);
        var result = new ImportResult(kind, written, preview.invalidRowCount());
        audit.record(user.email(), "import." + kind.name().toLowerCase(Locale.ROOT), AUDIT_ENTITY, null,
                "rows=" + preview.rowCount() + ", imported=" + written + ", skipped=" + result.skipped()
                        + ", validRowsOnly=" + validRowsOnly);
        return result;
    }

    private static void permitted(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins import spreadsheets");
        }
    }

    private static CsvTable read(byte[] file, ImportKind kind) {
        if (file.length > MAX_FILE_BYTES) {
            throw new DomainRuleException("import.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        return CsvTable.read(file, kind);
    }

    private ImportPreview<?> check(ImportKind kind, CsvTable table, ImportProgress progress) {
        var catalog = catalog(table);
        return switch (kind) {
            case ACCOUNTS -> new AccountRows(validator, catalog).check(table, progress);
            case ADVOCATES -> new AdvocateRows(validator, catalog).check(table, progress);
        };
    }

    private ImportCatalog catalog(CsvTable table) {
        var products = new HashMap<String, Long>();
        entityManager.createQuery("select p from Product p", Product.class).getResultList()
                .forEach(product -> products.put(lower(product.getName()), product.getId()));
        var useCases = new HashMap<String, Long>();
        entityManager.createQuery("select u from UseCase u", UseCase.class).getResultList()
                .forEach(useCase -> useCases.put(lower(useCase.getName()), useCase.getId()));
        var tiers = new HashMap<String, Long>();
        entityManager.createQuery("select t from Tier t", Tier.class).getResultList().forEach(tier -> {
            tiers.put(lower(tier.getName()), tier.getId());
            tiers.put(String.valueOf(tier.getRank()), tier.getId());
        });
        var byCrmId = new HashMap<String, Long>();
        var byName = new HashMap<String, List<Long>>();
        entityManager.createQuery("select a.id, a.crmAccountId, a.companyName from CustomerAccount a", Object[].class)
                .getResultList().forEach(row -> {
                    var id = (Long) row[0];
                    if (row[1] != null) {
                        byCrmId.put(lower((String) row[1]), id);
                    }
                    byName.computeIfAbsent(lower((String) row[2]), name -> new ArrayList<>()).add(id);
                });
        var emails = table.rows().stream().map(row -> lower(row.cell("email"))).filter(email -> !email.isEmpty()).toList();
        var takenEmails = existing("select a.email from Advocate a where a.email in :values", emails);
        return new ImportCatalog(products, useCases, tiers, byCrmId, byName, takenEmails, byCrmId.keySet());
    }

    /** Which of the values the query finds, asked in chunks so the IN list stays small. */
    private Set<String> existing(String jpql, Collection<String> values) {
        var found = new HashSet<String>();
        var distinct = List.copyOf(new HashSet<>(values));
        for (int from = 0; from < distinct.size(); from += QUERY_CHUNK) {
            var chunk = distinct.subList(from, Math.min(distinct.size(), from + QUERY_CHUNK));
            entityManager.createQuery(jpql, String.class).setParameter("values", chunk).getResultList()
                    .forEach(value -> found.add(lower(value)));
        }
        return found;
    }

    private CustomerAccount account(AccountDraft draft) {
        var account = new CustomerAccount(draft.companyName(), draft.industry(), draft.sizeBand(), draft.region());
        account.setCountryCode(draft.countryCode());
        account.setCrmAccountId(draft.crmAccountId());
        account.setRelationshipOwner(draft.relationshipOwner());
        draft.productIds().forEach(id -> account.getProductsOwned().add(entityManager.getReference(Product.class, id)));
        return account;
    }

    private Advocate advocate(AdvocateDraft draft, Instant now) {
        var advocate = new Advocate(entityManager.getReference(CustomerAccount.class, draft.accountId()), draft.name(),
                draft.email(), draft.timeZone(), draft.status(), now);
        advocate.setTitle(draft.title());
        advocate.setPersona(draft.persona());
        advocate.getLanguages().addAll(draft.languages());
        draft.productIds().forEach(id -> advocate.getProductsUsed().add(entityManager.getReference(Product.class, id)));
        draft.useCaseIds().forEach(id -> advocate.getUseCases().add(entityManager.getReference(UseCase.class, id)));
        if (draft.tierId() != null) {
            advocate.assignTier(entityManager.getReference(Tier.class, draft.tierId()));
        }
        if (draft.status() == AdvocateStatus.ACTIVE) {
            advocate.join(advocate.today(clock));
        }
        return advocate;
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
