package org.peerproof.domain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.peerproof.domain.csv.CsvFixtures.CATALOG;
import static org.peerproof.domain.csv.CsvFixtures.VALIDATOR;
import static org.peerproof.domain.csv.CsvFixtures.file;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.shared.DomainRuleException;

class AdvocateRowsTest {

    private static final String HEADER =
            "email,name,title,persona,crm_account_id,company_name,languages,time_zone,products,use_cases,tier,status";

    @Test
    void aCompleteRowBecomesADraftWithEnumsAndNamesMatchedCaseInsensitively() {
        var preview = check(file(HEADER,
                " Ada@Acme.Example ,Ada Lovelace,CFO,line of business,,acme health,EN;de,Europe/Berlin,"
                        + "LEDGER; payroll,Month-End Close,tier 1 - power,active"));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.valid()).singleElement().isEqualTo(new AdvocateDraft(2, "ada@acme.example", "Ada Lovelace",
                "CFO", Persona.LINE_OF_BUSINESS, 1000L, List.of("en", "de"), ZoneId.of("Europe/Berlin"),
                List.of(1L, 2L), List.of(11L), 100L, AdvocateStatus.ACTIVE));
    }

    @Test
    void blankOptionalCellsTakeTheirDefaults() {
        var preview = check(file("email,name,crm_account_id", "bo@acme.example,Bo,CRM-001"));

        assertThat(preview.valid()).singleElement().satisfies(draft -> {
            assertThat(draft.status()).isEqualTo(AdvocateStatus.ACTIVE);
            assertThat(draft.timeZone()).isEqualTo(ZoneOffset.UTC);
            assertThat(draft.tierId()).isNull();
            assertThat(draft.accountId()).isEqualTo(1000L);
        });
    }

    @Test
    void everyBadCellIsReportedWithRowNumberColumnAndReason() {
        var preview = check(file(HEADER,
                "not-an-email,,,wizard,,Nowhere Inc,en;xx,Mars/Olympus,Ledger;Rocket,Teleporting,Tier 9,sleeping",
                "taken@acme.example,Tim,,,CRM-404,,,,,,,",
                "dup@acme.example,Dee,,,,twin corp,,,,,,",
                "DUP@acme.example,Dee Two,,,,,,,,,,"));

        assertThat(preview.valid()).isEmpty();
        assertThat(preview.invalidRowCount()).isEqualTo(4);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(2, "email", "import.cell.email"),
                        tuple(2, "name", "import.cell.required"),
                        tuple(2, "persona", "import.cell.unknownValue"),
                        tuple(2, "company_name", "import.account.unknownName"),
                        tuple(2, "languages", "import.cell.unknownLanguage"),
                        tuple(2, "time_zone", "import.cell.unknownTimeZone"),
                        tuple(2, "products", "import.cell.unknownProduct"),
                        tuple(2, "use_cases", "import.cell.unknownUseCase"),
                        tuple(2, "tier", "import.cell.unknownTier"),
                        tuple(2, "status", "import.cell.unknownValue"),
                        tuple(3, "email", "import.advocate.emailExists"),
                        tuple(3, "crm_account_id", "import.account.unknownCrmId"),
                        tuple(4, "company_name", "import.account.ambiguousName"),
                        tuple(5, "email", "import.cell.duplicateInFile"),
                        tuple(5, "company_name", "import.advocate.accountRequired"));
        assertThat(preview.problems().get(13).arguments()).containsExactly("dup@acme.example", 4);
        assertThat(preview.problems().get(2).arguments()).first().isEqualTo("wizard");
    }

    @Test
    void aSemicolonSeparatedExcelFileWithAByteOrderMarkAndLooseHeadersIsRead() {
        var text = "\uFEFFEmail;Name;Company Name;Time-Zone\r\nsemi@acme.example;Semi Colon;Acme Health;Asia/Tokyo\r\n";

        var preview = check(text.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.valid()).singleElement()
                .satisfies(draft -> assertThat(draft.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void aFileWithoutARequiredColumnOrWithAnUnknownOneIsRefusedAsAWhole() {
        assertThatThrownBy(() -> check(file("name,company_name", "x,y")))
                .isInstanceOfSatisfying(DomainRuleException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("import.file.missingColumns");
                    assertThat(refused.getArguments()).containsExactly("email");
                });
        assertThatThrownBy(() -> check(file("email,name,shoe_size", "a@b.example,A,42")))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("import.file.unknownColumns"));
        assertThatThrownBy(() -> check(new byte[0]))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("import.file.empty"));
    }

    @Test
    void aRowWithMoreCellsThanColumnsIsReported() {
        var preview = check(file("email,name,crm_account_id", "x@acme.example,X,CRM-001,surprise"));

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(2, "import.row.extraCells"));
    }

    private static ImportPreview<AdvocateDraft> check(byte[] file) {
        return new AdvocateRows(VALIDATOR, CATALOG).check(CsvTable.read(file, ImportKind.ADVOCATES), ImportProgress.NONE);
    }
}
