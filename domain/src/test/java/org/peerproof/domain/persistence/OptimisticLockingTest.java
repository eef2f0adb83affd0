package org.peerproof.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.testsupport.DomainFixtures.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Two people editing the same record: the second, stale save must fail instead of silently overwriting. */
@MariaDbJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED) // each repository call commits on its own
class OptimisticLockingTest {

    @Autowired
    CustomerAccountRepository accounts;

    @AfterEach
    void deleteAccounts() {
        accounts.deleteAll();
    }

    @Test
    void rejectsTheSecondOfTwoConcurrentEditsOfTheSameVersion() {
        var id = accounts.save(account("Wingtip Travel")).getId();
        var firstEditor = accounts.findById(id).orElseThrow();
        var secondEditor = accounts.findById(id).orElseThrow();

        firstEditor.setCompanyName("Wingtip Travel GmbH");
        accounts.save(firstEditor);
        secondEditor.setCompanyName("Wingtip Travel AG");

        assertThatThrownBy(() -> accounts.save(secondEditor))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        var stored = accounts.findById(id).orElseThrow();
        assertThat(stored.getCompanyName()).isEqualTo("Wingtip Travel GmbH");
        assertThat(stored.getVersion()).isEqualTo(secondEditor.getVersion() + 1);
    }
}
