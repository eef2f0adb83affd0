package org.peerproof.domain.advocate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@MariaDbJpaTest
@Import({AdvocateSignUpService.class, AdvocateSignUpServiceTest.FixedClock.class})
class AdvocateSignUpServiceTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    AdvocateSignUpService signUp;

    @Autowired
    AdvocateRepository advocates;

    @Autowired
    ProgramSettingsRepository settings;

    @Autowired
    AuditEventRepository audit;

    @Test
    void firstLoginCreatesAnEmptyProfileInTheConfiguredStatusLinkedByUserId() {
        var advocate = signUp.advocateFor(identity("kc-new-1", "New.Person@Example.com", false));

        assertThat(advocate.getId()).isNotNull();
        assertThat(advocate.getKeycloakUserId()).isEqualTo("kc-new-1");
        assertThat(advocate.getEmail()).isEqualTo("new.person@example.com");
        assertThat(advocate.getStatus()).isEqualTo(AdvocateStatus.NOMINATED);
        assertThat(advocate.getAccount()).isNull();
        assertThat(advocate.getPreferredLocale()).isEqualTo(Locale.GERMAN);
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDesc("Advocate", advocate.getId().toString()))
                .singleElement()
                .satisfies(event -> assertThat(event.getAction()).isEqualTo("advocate.self-signed-up"));
    }

    @Test
    void laterLoginsReturnTheSameAdvocate() {
        var first = signUp.advocateFor(identity("kc-repeat", "repeat@example.com", false));
        var second = signUp.advocateFor(identity("kc-repeat", "changed-in-keycloak@example.com", true));

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(advocates.count()).isEqualTo(1);
    }

    @Test
    void programSettingCanMakeSelfSignUpsActiveAtOnce() {
        settings.current().setSelfSignUpStatus(AdvocateStatus.ACTIVE);

        assertThat(signUp.advocateFor(identity("kc-active", "active@example.com", false)).getStatus())
                .isEqualTo(AdvocateStatus.ACTIVE);
    }

    @Test
    void aVerifiedEmailClaimsTheNominatedProfileStaffCreated() {
        var nominated = advocates.save(new Advocate(null, "Nina Nominee", "nina@example.com", ZoneId.of("Europe/Berlin"),
                AdvocateStatus.NOMINATED, NOW));

        var linked = signUp.advocateFor(identity("kc-nina", "NINA@example.com", true));

        assertThat(linked.getId()).isEqualTo(nominated.getId());
        assertThat(linked.getKeycloakUserId()).isEqualTo("kc-nina");
        assertThat(advocates.count()).isEqualTo(1);
    }

    @Test
    void anUnverifiedEmailCannotTakeOverSomeoneElsesProfile() {
        var existing = advocates.save(new Advocate(null, "Olga Owner", "olga@example.com", ZoneId.of("Europe/Paris"),
                AdvocateStatus.ACTIVE, NOW));

        assertThatThrownBy(() -> signUp.advocateFor(identity("kc-intruder", "olga@example.com", false)))
                .isInstanceOf(AdvocateEmailTakenException.class);
        assertThat(advocates.findById(existing.getId()).orElseThrow().getKeycloakUserId()).isNull();
        assertThat(advocates.findByKeycloakUserId("kc-intruder")).isEmpty();
    }

    @Test
    void aProfileAlreadyLinkedToAnotherUserIsNeverRelinked() {
        var linked = new Advocate(null, "Paul Linked", "paul@example.com", ZoneId.of("UTC"), AdvocateStatus.ACTIVE, NOW);
        linked.linkKeycloakUser("kc-paul");
        advocates.save(linked);

        assertThatThrownBy(() -> signUp.advocateFor(identity("kc-other", "paul@example.com", true)))
                .isInstanceOf(AdvocateEmailTakenException.class);
        assertThat(advocates.findByKeycloakUserId("kc-paul")).isPresent();
    }

    @Test
    void staffHaveNoAdvocateProfile() {
        var salesRep = new SignedInUser("kc-sales", "rep@example.com", true, "Rep", null, Set.of(Roles.SALES));

        assertThatThrownBy(() -> signUp.advocateFor(salesRep)).isInstanceOf(AccessDeniedException.class);
        assertThat(advocates.count()).isZero();
    }

    private static SignedInUser identity(String userId, String email, boolean verified) {
        return new SignedInUser(userId, email, verified, "Test Person", Locale.GERMAN, Set.of(Roles.ADVOCATE));
    }
}
