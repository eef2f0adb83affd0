package org.peerproof.domain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.peerproof.domain.csv.CsvFixtures.CATALOG;
import static org.peerproof.domain.csv.CsvFixtures.VALIDATOR;
import static org.peerproof.domain.csv.CsvFixtures.file;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;

class AccountRowsTest {

    private static final String HEADER =
            "company_name,industry,size_band,region,country,crm_account_id,products,relationship_owner";

    @Test
    void aCompleteRowBecomesADraft() {
        var preview = check(file(HEADER,
                "Nordic Clinics,healthcare,Mid-Market,emea,se,CRM-777,Ledger;Payroll,CSM@PeerProof.test"));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.valid()).containsExactly(new AccountDraft(2, "Nordic Clinics", Industry.HEALTHCARE,
                SizeBand.MID_MARKET, Region.EMEA, "SE", "CRM-777", List.of(1L, 2L), "csm@peerproof.test"));
    }

    @Test
    void everyBadCellIsReportedWithRowNumberColumnAndReason() {
        var preview = check(file(HEADER,
                ",farming,huge,,XX,crm-001,Rocket,not an email",
                "Acme Health,HEALTHCARE,LARGE,EMEA,,,,",
                "New Co,RETAIL,SMALL,APAC,,CRM-9,,",
                "new co,RETAIL,SMALL,APAC,,crm-9,,"));

        assertThat(preview.valid()).extracting(AccountDraft::row).containsExactly(4);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(2, "company_name", "import.cell.required"),
                        tuple(2, "industry", "import.cell.unknownValue"),
                        tuple(2, "size_band", "import.cell.unknownValue"),
                        tuple(2, "region", "import.cell.required"),
                        tuple(2, "country", "import.cell.country"),
                        tuple(2, "crm_account_id", "import.account.crmIdExists"),
                        tuple(2, "products", "import.cell.unknownProduct"),
                        tuple(2, "relationship_owner", "import.cell.email"),
                        tuple(3, "company_name", "import.account.exists"),
                        tuple(5, "company_name", "import.cell.duplicateInFile"),
                        tuple(5, "crm_account_id", "import.cell.duplicateInFile"));
    }

    private static ImportPreview<AccountDraft> check(byte[] file) {
        return new AccountRows(VALIDATOR, CATALOG).check(CsvTable.read(file, ImportKind.ACCOUNTS), ImportProgress.NONE);
    }
}
