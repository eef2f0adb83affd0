package org.peerproof.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.testsupport.MariaDbTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Even when someone also switches demo data on, the prod profile never loads it. */
@SpringBootTest(properties = {"peerproof.demo-data.enabled=true",
        "peerproof.mail.link-secret=a-production-secret-of-at-least-32-characters"})
@ActiveProfiles({"demo", "prod"})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
class ProductionProfileTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AdvocateRepository advocates;

    @Test
    void prodProfileLoadsNoDemoData() {
        assertThat(context.getBeanNamesForType(DemoDataLoader.class)).isEmpty();
        assertThat(advocates.count()).isZero();
    }
}
