package org.peerproof.domain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.testsupport.DomainFixtures;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The spreadsheet import against MariaDB: all or nothing, or the valid rows only when asked. */
@MariaDbJpaTest
@Import({CsvImport.class, AuditTrail.class, LocalValidatorFactoryBean.class, CsvImportTest.FixedClock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED) // each import commits or rolls back on its own
class CsvImportTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final SignedInUser PROGRAM_MANAGER =
            new SignedInUser("kc-pm", "pm@peerproof.test", true, "PM", null, Set.of(Roles.PROGRAM_MANAGER));
    static final int ROWS = 1_000;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired CsvImport imports;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired ProductRepository products;
    @Autowired UseCaseRepository useCases;
    @Autowired AuditEventRepository audit;

    private String company;

    @BeforeEach
    void catalogAndOneAccount() {
        var suffix = String.valueOf(System.nanoTime());
        company = "Import Health " + suffix;
        accounts.save(DomainFixtures.account(company));
        products.save(new Product("Ledger " + suffix));
        useCases.save(new UseCase("Close " + suffix));
    }

    @Test
    void tenBadRowsAmongAThousandAreEachReportedAndNothingIsImportedUntilFixed() {
        var bad = badRows();
        var file = advocatesFile(bad);
        long before = advocates.count();

        var preview = imports.preview(PROGRAM_MANAGER, ImportKind.ADVOCATES, file, ImportProgress.NONE);

        assertThat(preview.rowCount()).isEqualTo(ROWS);
        assertThat(preview.valid()).hasSize(ROWS - 10);
        var reported = new TreeMap<Integer, String>();
        preview.problems().forEach(problem -> reported.putIfAbsent(problem.row(), problem.messageKey()));
        assertThat(reported).isEqualTo(new TreeMap<>(bad.expected()));
        assertThatThrownBy(() -> imports.importFile(PROGRAM_MANAGER, ImportKind.ADVOCATES, file, false,
                ImportProgress.NONE))
                .isInstanceOfSatisfying(DomainRuleException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("import.rejected");
                    assertThat(refused.getArguments()).containsExactly(10, ROWS);
                });
        assertThat(advocates.count()).isEqualTo(before);

        var progress = new ArrayList<Integer>();
        var result = imports.importFile(PROGRAM_MANAGER, ImportKind.ADVOCATES, advocatesFile(new BadRows(Map.of())),
                false, (done, total) -> progress.add(done * 100 / total));

        assertThat(result.imported()).isEqualTo(ROWS);
        assertThat(advocates.count()).isEqualTo(before + ROWS);
        assertThat(progress).isSorted().last().isEqualTo(100);
        var imported = advocates.findByEmailIgnoreCase("advocate0500." + company.hashCode() + "@import.example")
                .orElseThrow();
        assertThat(imported.getStatus()).isEqualTo(AdvocateStatus.ACTIVE);
        assertThat(imported.getJoinedOn()).isNotNull();
        assertThat(audit.findAll()).filteredOn(event -> event.getAction().equals("import.advocates"))
                .anySatisfy(event -> assertThat(event.getDetails()).contains("rows=1000", "imported=1000", "skipped=0"));
    }

    @Test
    void choosingValidRowsOnlyImportsTheOther990() {
        long before = advocates.count();

        var result = imports.importFile(PROGRAM_MANAGER, ImportKind.ADVOCATES, advocatesFile(badRows()), true,
                ImportProgress.NONE);

        assertThat(result.imported()).isEqualTo(ROWS - 10);
        assertThat(result.skipped()).isEqualTo(10);
        assertThat(advocates.count()).isEqualTo(before + ROWS - 10);
    }

    @Test
    void accountsAreImportedWithTheirProductsAndADuplicateCompanyRefusesTheFile() {
        var suffix = company.substring("Import Health ".length());
        var good = String.join("\n",
                "company_name,industry,size_band,region,country,crm_account_id,products,relationship_owner",
                "North Clinic " + suffix + ",healthcare,large,emea,DE,CRM-N-" + suffix + ",Ledger " + suffix
                        + ",csm@peerproof.test",
                "South Retail " + suffix + ",RETAIL,SMALL,APAC,,,,");
        long before = accounts.count();

        var result = imports.importFile(PROGRAM_MANAGER, ImportKind.ACCOUNTS, good.getBytes(StandardCharsets.UTF_8),
                false, ImportProgress.NONE);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(accounts.count()).isEqualTo(before + 2);
        var north = accounts.findAll().stream()
                .filter(account -> account.getCompanyName().equals("North Clinic " + suffix)).findFirst().orElseThrow();
        assertThat(north.getCrmAccountId()).isEqualTo("CRM-N-" + suffix);
        assertThat(north.getRelationshipOwner()).isEqualTo("csm@peerproof.test");

        var again = (good + "\nBrand New " + suffix + ",MEDIA,SMALL,APAC,,,,").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile(PROGRAM_MANAGER, ImportKind.ACCOUNTS, again, false,
                ImportProgress.NONE)).isInstanceOf(DomainRuleException.class);
        assertThat(accounts.count()).isEqualTo(before + 2);
    }

    @Test
    void onlyProgramManagersAndAdminsImportAndLargeFilesAreRefused() {
        var sales = new SignedInUser("kc-s", "sales@peerproof.test", true, "S", null, Set.of(Roles.SALES));
        assertThatThrownBy(() -> imports.preview(sales, ImportKind.ACCOUNTS, new byte[0], ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview(PROGRAM_MANAGER, ImportKind.ACCOUNTS,
                new byte[CsvImport.MAX_FILE_BYTES + 1], ImportProgress.NONE))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("import.file.tooLarge"));
    }

    /** Ten rows (by spreadsheet row number) broken in ten different ways, with the reason each must get. */
    private record BadRows(Map<Integer, String> expected) {
    }

    private static BadRows badRows() {
        return new BadRows(Map.of(
                12, "import.cell.email",
                95, "import.cell.required",
                200, "import.cell.unknownValue",
                301, "import.account.unknownName",
                402, "import.cell.unknownProduct",
                503, "import.cell.unknownTimeZone",
                604, "import.cell.unknownLanguage",
                705, "import.cell.unknownTier",
                806, "import.cell.duplicateInFile",
                1001, "import.cell.unknownUseCase"));
    }

    /** A thousand advocates at the test account; rows named in {@code bad} carry their defect. */
    private byte[] advocatesFile(BadRows bad) {
        var suffix = company.substring("Import Health ".length());
        var lines = new ArrayList<String>(List.of(
                "email,name,title,persona,company_name,languages,time_zone,products,use_cases,tier,status"));
        for (int row = 2; row <= ROWS + 1; row++) {
            var email = "advocate%04d.%d@import.example".formatted(row - 2, company.hashCode());
            var cells = new ArrayList<>(List.of(email, "Advocate " + row, "Director", "IT", company, "en;de",
                    "Europe/Berlin", "Ledger " + suffix, "Close " + suffix, "2", "active"));
            var defect = bad.expected().get(row);
            if (defect != null) {
                switch (defect) {
                    case "import.cell.email" -> cells.set(0, "no-at-sign.example");
                    case "import.cell.required" -> cells.set(1, "");
                    case "import.cell.unknownValue" -> cells.set(3, "astronaut");
                    case "import.account.unknownName" -> cells.set(4, "No Such Company");
                    case "import.cell.unknownProduct" -> cells.set(7, "Rocket Fuel");
                    case "import.cell.unknownTimeZone" -> cells.set(6, "Europe/Atlantis");
                    case "import.cell.unknownLanguage" -> cells.set(5, "en;klingon");
                    case "import.cell.unknownTier" -> cells.set(9, "Tier 42");
                    case "import.cell.duplicateInFile" -> cells.set(0, "advocate%04d.%d@import.example"
                            .formatted(0, company.hashCode()));
                    case "import.cell.unknownUseCase" -> cells.set(8, "Time travel");
                    default -> throw new IllegalArgumentException(defect);
                }
            }
            lines.add(String.join(",", cells));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
