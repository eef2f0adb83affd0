package org.peerproof.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Who sees which customer accounts: a customer success manager only those whose relationship they own. */
@MariaDbJpaTest
@Import(VisibleAccounts.class)
class VisibleAccountsTest {

    static final String CHRIS = "csm@peerproof.test";
    static final String DANA = "csm2@peerproof.test";

    @Autowired VisibleAccounts visible;
    @Autowired CustomerAccountRepository accounts;

    @BeforeEach
    void accountsOwnedByTwoCustomerSuccessManagersAndNobody() {
        account("Acme Health", CHRIS);
        account("Bluebird Bank", DANA);
        account("Crestline Retail", CHRIS.toUpperCase());
        account("Driftwood Logistics", null);
    }

    @Test
    void aCustomerSuccessManagerSeesOnlyTheAccountsTheyOwn() {
        assertThat(companies(visible.list(user(CHRIS, Roles.CSM))))
                .as("owner emails compare in any case").containsExactly("Acme Health", "Crestline Retail");
        assertThat(companies(visible.list(user(DANA, Roles.CSM)))).containsExactly("Bluebird Bank");
        assertThat(visible.list(user("csm3@peerproof.test", Roles.CSM))).isEmpty();
        assertThat(companies(visible.forNomination(user(DANA, Roles.CSM)))).containsExactly("Bluebird Bank");
    }

    @Test
    void programManagersAndAdminsSeeEveryAccount() {
        for (var role : List.of(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            assertThat(companies(visible.list(user("staff@peerproof.test", role)))).containsExactly(
                    "Acme Health", "Bluebird Bank", "Crestline Retail", "Driftwood Logistics");
        }
    }

    @Test
    void othersSeeNoAccountList() {
        for (var role : List.of(Roles.SALES, Roles.ADVOCATE)) {
            assertThatThrownBy(() -> visible.list(user("someone@peerproof.test", role)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> visible.list(new SignedInUser("no-mail", null, false, "", null, Set.of(Roles.CSM))))
                .as("a customer success manager without an email owns nothing to show")
                .isInstanceOf(AccessDeniedException.class);
    }

    private void account(String name, String owner) {
        var account = new CustomerAccount(name, Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA);
        account.setRelationshipOwner(owner);
        accounts.save(account);
    }

    private static List<String> companies(List<StaffAccountView> views) {
        return views.stream().map(StaffAccountView::companyName).toList();
    }

    private static SignedInUser user(String email, String role) {
        return new SignedInUser("id-" + email, email, true, email, null, Set.of(role));
    }
}
