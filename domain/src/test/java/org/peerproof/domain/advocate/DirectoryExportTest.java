package org.peerproof.domain.advocate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.matching.AskHistories;
import org.peerproof.domain.testsupport.DomainFixtures;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** The directory export holds every advocate the filter selects, across pages, with formula cells defused. */
@MariaDbJpaTest
@Import({DirectoryExport.class, AdvocateDirectory.class, AskHistories.class, DirectoryExportTest.FixedClock.class})
class DirectoryExportTest {

    static final Instant NOW = Instant.parse("2026-05-12T09:00:00Z");
    static final SignedInUser PROGRAM_MANAGER = user("pm@peerproof.test", Roles.PROGRAM_MANAGER);
    static final SignedInUser CSM = user("csm.export@peerproof.test", Roles.CSM);
    static final int HEALTHCARE_ADVOCATES = DirectoryExport.PAGE_SIZE + 3;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired DirectoryExport export;
    @Autowired CustomerAccountRepository accounts;
    @Autowired AdvocateRepository advocates;

    @BeforeEach
    void moreHealthcareAdvocatesThanOnePageAndOneBank() {
        var clinic = DomainFixtures.account("=cmd|' /C calc'!A0");
        clinic.setRelationshipOwner(CSM.email());
        accounts.save(clinic);
        var bank = new CustomerAccount("Export Bank", Industry.FINANCIAL_SERVICES,
                clinic.getSizeBand(), clinic.getRegion());
        accounts.save(bank);
        for (int i = 0; i < HEALTHCARE_ADVOCATES; i++) {
            var advocate = DomainFixtures.activeAdvocate(clinic, "export" + i + "@clinic.test");
            advocate.setName(i == 0 ? "+SUM(1,2)" : "Clinic Advocate " + i);
            advocate.getLanguages().addAll(Set.of("en", "de"));
            advocates.save(advocate);
        }
        advocates.save(DomainFixtures.activeAdvocate(bank, "banker@bank.test"));
    }

    @Test
    void everyAdvocateOfTheFilterIsExportedNotJustOnePage() throws Exception {
        var rows = exported(PROGRAM_MANAGER, DirectoryFilter.NONE.withIndustry(Industry.HEALTHCARE));

        assertThat(rows).hasSize(HEALTHCARE_ADVOCATES);
        assertThat(rows).extracting(row -> row.get("industry")).containsOnly("HEALTHCARE");
        assertThat(rows).extracting(row -> row.get("id")).doesNotHaveDuplicates();
        var first = rows.stream().filter(row -> row.get("name").contains("SUM")).findFirst().orElseThrow();
        assertThat(first.get("name")).isEqualTo("'+SUM(1,2)");
        assertThat(first.get("company_name")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(first.get("languages")).isEqualTo("de;en");
        assertThat(first.get("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aCustomerSuccessManagerExportsOnlyTheirAccountsAndSalesNothing() throws Exception {
        assertThat(exported(CSM, DirectoryFilter.NONE)).hasSize(HEALTHCARE_ADVOCATES);
        assertThatThrownBy(() -> exported(user("sales@peerproof.test", Roles.SALES), DirectoryFilter.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<CSVRecord> exported(SignedInUser user, DirectoryFilter filter) throws Exception {
        var out = new ByteArrayOutputStream();
        export.write(user, filter, List.of(), out);
        var bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactly(DirectoryExport.HEADER);
            return parser.getRecords();
        }
    }

    private static SignedInUser user(String email, String role) {
        return new SignedInUser("kc-" + email, email, true, email, null, Set.of(role));
    }
}
