package org.peerproof.app.demo;

import org.peerproof.domain.advocate.AdvocateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo program on start-up. Only with {@code peerproof.demo-data.enabled=true}
 * (the {@code demo} profile) and never under the {@code prod} profile, whatever the property says.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "peerproof.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AdvocateRepository advocates;
    private final DemoDataGenerator generator;

    DemoDataLoader(AdvocateRepository advocates, DemoDataGenerator generator) {
        this.advocates = advocates;
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (advocates.count() > 0) {
            log.info("Demo data not loaded: the database already holds advocates");
            return;
        }
        long started = System.nanoTime();
        generator.generate();
        log.info("Demo data loaded ({} advocates) in {} ms; every company and person in it is fictional",
                advocates.count(), (System.nanoTime() - started) / 1_000_000);
    }
}
