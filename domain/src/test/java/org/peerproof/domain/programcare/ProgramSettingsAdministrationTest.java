package org.peerproof.domain.programcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.ADMIN;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.PROGRAM_MANAGER;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.settings.ProgramSettingsAdministration;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.settings.SettingsForm;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.testsupport.H2JpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@H2JpaTest
@Import(ProgramCareTestSetup.class)
class ProgramSettingsAdministrationTest {

    @Autowired ProgramSettingsAdministration administration;
    @Autowired ProgramSettingsRepository settings;
    @Autowired AuditEventRepository audit;

    static SettingsForm withCapAndRest(SettingsForm form, int cap, int restDays, int heavyRestDays) {
        return new SettingsForm(form.version(), cap, restDays, heavyRestDays, form.burnoutAskThreshold(),
                form.burnoutDeclineStreak(), form.askExpiryBusinessDays(), form.actionLinkExpiryDays(),
                form.recommitmentPeriodMonths(), form.profileReviewMonths(), form.matchedWithinHours(),
                AdvocateStatus.ACTIVE, form.defaultSignUpTierId(), form.currency());
    }

    @Test
    void anAdminSavesValidSettingsAndTheAuditShowsOldAndNew() {
        var loaded = administration.current(PROGRAM_MANAGER);

        var saved = administration.update(ADMIN, withCapAndRest(loaded, 4, 10, 30));

        assertThat(saved.quarterlyAskCap()).isEqualTo(4);
        assertThat(settings.current().toRules().restDays()).isEqualTo(10);
        assertThat(settings.current().getSelfSignUpStatus()).isEqualTo(AdvocateStatus.ACTIVE);
        assertThat(audit.findAll()).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo("program-settings.updated");
            assertThat(event.getDetails()).contains("quarterlyAskCap: 3 -> 4", "restDays: 14 -> 10",
                    "selfSignUpStatus: NOMINATED -> ACTIVE").doesNotContain("heavyRestDays");
        });
    }

    @Test
    void invalidSettingsAreRefusedAndNothingChanges() {
        var loaded = administration.current(ADMIN);

        assertThatThrownBy(() -> administration.update(ADMIN, withCapAndRest(loaded, 11, 14, 30)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> administration.update(ADMIN, withCapAndRest(loaded, 3, 40, 30)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(settings.current().toRules().quarterlyAskCap()).isEqualTo(3);
    }

    @Test
    void aStaleVersionIsAConflict() {
        var loaded = administration.current(ADMIN);
        administration.update(ADMIN, withCapAndRest(loaded, 4, 14, 30));

        assertThatThrownBy(() -> administration.update(ADMIN, withCapAndRest(loaded, 5, 14, 30)))
                .isInstanceOf(DomainConflictException.class);
    }

    @Test
    void programManagersMayReadButNotChange() {
        var loaded = administration.current(PROGRAM_MANAGER);

        assertThatThrownBy(() -> administration.update(PROGRAM_MANAGER, loaded)).isInstanceOf(AccessDeniedException.class);
    }
}
