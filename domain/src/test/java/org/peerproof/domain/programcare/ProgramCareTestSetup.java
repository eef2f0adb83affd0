package org.peerproof.domain.programcare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.SignUpReview;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.checkin.CheckIns;
import org.peerproof.domain.matching.MatchIndex;
import org.peerproof.domain.recommitment.RecommitmentAnswers;
import org.peerproof.domain.recommitment.RecommitmentCampaigns;
import org.peerproof.domain.reward.RewardProgram;
import org.peerproof.domain.settings.ProgramSettingsAdministration;
import org.peerproof.domain.target.ProgramTargets;
import org.peerproof.domain.testsupport.DomainFixtures;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierAdministration;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The program care services on a JPA slice, with Bean Validation and a clock the tests move; target coverage reads
 * the matching index.
 */
@TestConfiguration
@Import({RewardProgram.class, SignUpReview.class, RecommitmentCampaigns.class, RecommitmentAnswers.class,
        AdvocateSignUpService.class, TierAdministration.class, CheckIns.class, ProgramSettingsAdministration.class,
        ProgramTargets.class, MatchIndex.class, AuditTrail.class})
@ImportAutoConfiguration(ValidationAutoConfiguration.class)
class ProgramCareTestSetup {

    /** Tuesday 12 May 2026, in the second quarter. */
    static final Instant NOW = Instant.parse("2026-05-12T09:00:00Z");
    static final String PM_EMAIL = "pm@peerproof.test";
    static final String CSM_EMAIL = "csm@peerproof.test";
    static final SignedInUser PROGRAM_MANAGER = staff(PM_EMAIL, Roles.PROGRAM_MANAGER);
    static final SignedInUser ADMIN = staff("admin@peerproof.test", Roles.ADMIN);
    static final SignedInUser CSM = staff(CSM_EMAIL, Roles.CSM);
    static final SignedInUser SALES = staff("sales@peerproof.test", Roles.SALES);

    @Bean
    MutableClock clock() {
        return new MutableClock(NOW);
    }

    static SignedInUser staff(String email, String role) {
        return new SignedInUser("kc-" + role + "-" + email, email, true, email, null, Set.of(role));
    }

    /** An active advocate in the tier of that rank at a fresh account owned by the csm, joined in January. */
    static Advocate advocateInTier(int rank, CustomerAccountRepository accounts, AdvocateRepository advocates,
                                   TierRepository tiers) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        CustomerAccount account = DomainFixtures.account("Account " + suffix);
        account.setRelationshipOwner(CSM_EMAIL);
        accounts.save(account);
        var advocate = new Advocate(account, "Advocate " + suffix, "advocate-" + suffix + "@example.com",
                ZoneId.of("UTC"), AdvocateStatus.NOMINATED, NOW);
        advocate.join(LocalDate.of(2026, 1, 5));
        advocate.assignTier(tiers.findByRank(rank).orElseThrow());
        return advocates.saveAndFlush(advocate);
    }
}
