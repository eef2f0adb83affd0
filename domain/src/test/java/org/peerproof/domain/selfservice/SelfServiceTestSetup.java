package org.peerproof.domain.selfservice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.peerproof.domain.activity.AdvocateActivities;
import org.peerproof.domain.advocate.AdvocateAvailability;
import org.peerproof.domain.advocate.AdvocatePreferences;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.ask.AdvocateAsks;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.matching.EligibilitySnapshots;
import org.peerproof.domain.membership.AdvocateMembership;
import org.peerproof.domain.privacy.AdvocateDataExports;
import org.peerproof.domain.reward.AdvocateRewards;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The advocate self-service services on a JPA slice, with Bean Validation of their forms and a fixed clock. */
@TestConfiguration
@Import({AdvocateSignUpService.class, AuditTrail.class, AdvocateProfiles.class, AdvocatePreferences.class,
        AdvocateAvailability.class, AdvocateAsks.class, AskResponses.class, EligibilityNow.class,
        EligibilitySnapshots.class, AdvocateActivities.class, AdvocateRewards.class, AdvocateMembership.class, AdvocateDataExports.class})
@ImportAutoConfiguration(ValidationAutoConfiguration.class)
class SelfServiceTestSetup {

    /** Tuesday 12 May 2026, in the second quarter. */
    static final Instant NOW = Instant.parse("2026-05-12T09:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
