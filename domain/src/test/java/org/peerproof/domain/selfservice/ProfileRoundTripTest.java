package org.peerproof.domain.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.testsupport.DomainFixtures.account;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.advocate.EditableProfile;
import org.peerproof.domain.advocate.NewCompanyForm;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.advocate.ProfileForm;
import org.peerproof.domain.advocate.ProfileOptions;
import org.peerproof.domain.advocate.ProfileOptions.Option;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A brand-new, self-registered person onboards: what they enter comes back exactly as entered and saves again
 * unchanged; they find their company by name without ever seeing the customer list; their browser's time zone
 * replaces the sign-up placeholder but never a zone they chose. Each call in its own transaction, as in production.
 */
@MariaDbJpaTest
@Import(SelfServiceTestSetup.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ProfileRoundTripTest {

    @Autowired AdvocateProfiles profiles;
    @Autowired CustomerAccountRepository accounts;
    @Autowired ProductRepository products;
    @Autowired UseCaseRepository useCases;

    String run;
    SignedInUser newcomer;

    @BeforeEach
    void aPersonWhoJustRegistered() {
        run = "qz" + UUID.randomUUID().toString().substring(0, 6);
        newcomer = new SignedInUser("kc-new-" + run, "new-" + run + "@example.com", true, "Nina Neu",
                Locale.GERMAN, Set.of(Roles.ADVOCATE));
    }

    @Test
    void everythingEnteredWithANewCompanyComesBackAndSavesAgainUnchanged() {
        var product = products.save(new Product("Ledger " + run));
        var useCase = useCases.save(new UseCase("Month-end close " + run));
        var entered = new ProfileForm("Head of Finance", Persona.FINANCE, null,
                new NewCompanyForm("Nordwind Kliniken " + run, Industry.HEALTHCARE, SizeBand.MID_MARKET,
                        Region.EMEA, "DE"),
                Set.of("de", "en"), "Europe/Berlin", Set.of(product.getId()), Set.of(useCase.getId()),
                List.of("Closed the books in 4 days"), "Finance lead", "+49 30 1234");

        var saved = profiles.update(newcomer, entered);
        var reopened = profiles.editable(newcomer);

        assertThat(reopened.companyPendingReview()).isTrue();
        assertThat(reopened.companyUnderReview()).isEqualTo(entered.newCompany());
        assertThat(reopened.form()).isEqualTo(entered);

        var savedAgain = profiles.update(newcomer, reopened.form());

        assertThat(savedAgain.accountId()).as("the same company entry, corrected, not a second one")
                .isEqualTo(saved.accountId());
        assertThat(profiles.editable(newcomer).form()).isEqualTo(entered);
        var named = accounts.findById(saved.accountId()).orElseThrow();
        assertThat(named.isPendingReview()).isTrue();
        assertThat(List.of(named.getIndustry(), named.getSizeBand(), named.getRegion()))
                .containsExactly(Industry.HEALTHCARE, SizeBand.MID_MARKET, Region.EMEA);
        assertThat(named.getCountryCode()).isEqualTo("DE");
    }

    @Test
    void aReviewedCompanyComesBackAsTheAccountItIs() {
        var reviewed = accounts.save(account("Contoso " + run));
        var entered = new ProfileForm("CFO", Persona.FINANCE, reviewed.getId(), null, Set.of("en"), "Asia/Tokyo",
                Set.of(), Set.of(), List.of(), null, null);

        profiles.update(newcomer, entered);
        var reopened = profiles.editable(newcomer);

        assertThat(reopened.companyUnderReview()).isNull();
        assertThat(reopened.companyName()).isEqualTo("Contoso " + run);
        assertThat(reopened.form()).isEqualTo(entered);
        assertThat(profiles.update(newcomer, reopened.form()).form()).isEqualTo(entered);
    }

    @Test
    void companiesAreFoundByNearNameNeverUnderThreeCharactersAndNeverMoreThanFive() {
        var cafe = accounts.save(account(run + " Café Zürich"));
        var plain = accounts.save(account(run + " CAFE ZURICH Branch"));
        var inside = accounts.save(account("Über " + run + " Holding"));
        for (int i = 0; i < 6; i++) {
            accounts.save(account(run + " Filler " + i));
        }
        accounts.save(CustomerAccount.namedByAdvocate(run + " Café Pending", Industry.HEALTHCARE,
                SizeBand.SMALL, Region.EMEA, null));

        assertThat(profiles.findCompanies(newcomer, null)).isEmpty();
        assertThat(profiles.findCompanies(newcomer, run.substring(0, 2))).isEmpty();
        assertThat(profiles.findCompanies(newcomer, "  " + run.substring(0, 2) + "  ")).isEmpty();
        assertThat(profiles.findCompanies(newcomer, "%%%")).as("wildcards are plain characters").isEmpty();
        assertThat(profiles.findCompanies(newcomer, "___")).isEmpty();

        assertThat(profiles.findCompanies(newcomer, run + " cafe zurich")).extracting(Option::id)
                .containsExactlyInAnyOrder(plain.getId(), cafe.getId());
        assertThat(profiles.findCompanies(newcomer, "ÜBER " + run)).extracting(Option::id)
                .containsExactly(inside.getId());
        assertThat(profiles.findCompanies(newcomer, "zürich")).extracting(Option::name)
                .contains(run + " Café Zürich", run + " CAFE ZURICH Branch");

        var many = profiles.findCompanies(newcomer, run);
        assertThat(many).hasSize(ProfileOptions.COMPANY_SEARCH_MAX_RESULTS)
                .extracting(Option::name).allMatch(name -> name.startsWith(run), "names starting with it first")
                .noneMatch(name -> name.contains("Pending"));
    }

    @Test
    void onlyAdvocatesSearchCompanies() {
        var staff = new SignedInUser("kc-staff-" + run, "staff-" + run + "@example.com", true, null, null,
                Set.of(Roles.SALES));

        assertThatThrownBy(() -> profiles.findCompanies(staff, "Contoso"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBrowsersTimeZoneReplacesThePlaceholderButNeverAChosenZone() {
        EditableProfile fresh = profiles.editable(newcomer);
        assertThat(fresh.timeZoneChosen()).isFalse();

        var adopted = profiles.useBrowserTimeZoneUnlessChosen(newcomer, ZoneId.of("Europe/Berlin"));
        assertThat(adopted.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(adopted.timeZoneChosen()).isTrue();
        assertThat(profiles.useBrowserTimeZoneUnlessChosen(newcomer, ZoneId.of("Asia/Tokyo")).timeZone())
                .isEqualTo("Europe/Berlin");

        profiles.update(newcomer, new ProfileForm(null, null, null, null, null, "Etc/UTC", null, null, null,
                null, null));
        assertThat(profiles.useBrowserTimeZoneUnlessChosen(newcomer, ZoneId.of("Asia/Tokyo")).timeZone())
                .as("UTC chosen in the profile is a choice").isEqualTo("Etc/UTC");
    }
}
