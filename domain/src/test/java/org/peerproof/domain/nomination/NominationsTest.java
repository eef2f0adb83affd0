package org.peerproof.domain.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.VisibleAccounts;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.testsupport.DomainFixtures;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@MariaDbJpaTest
@RecordApplicationEvents
@Import({Nominations.class, NomineeJoining.class, VisibleAccounts.class, AuditTrail.class,
        AdvocateSignUpService.class, NominationsTest.FixedClock.class})
class NominationsTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final SignedInUser CSM = staff(Roles.CSM);
    static final SignedInUser SALES = staff(Roles.SALES);
    static final SignedInUser PROGRAM_MANAGER = staff(Roles.PROGRAM_MANAGER);

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired Nominations nominations;
    @Autowired NominationRepository nominationRows;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired AuditEventRepository audit;
    @Autowired AdvocateSignUpService signUp;
    @Autowired ApplicationEvents events;

    private CustomerAccount owned;
    private CustomerAccount other;

    @BeforeEach
    void accounts() {
        owned = DomainFixtures.account("Owned Health");
        owned.setRelationshipOwner(CSM.email());
        accounts.save(owned);
        other = accounts.save(DomainFixtures.account("Other Health"));
    }

    @Test
    void aNominationCreatesANominatedAdvocateWithoutSignInAndANewNominationAudited() {
        var id = nominations.nominate(CSM, form("Nora Nominee", "  Nora@Owned.example ", owned));

        var nomination = nominationRows.findById(id).orElseThrow();
        assertThat(nomination.getStatus()).isEqualTo(NominationStatus.NEW);
        assertThat(nomination.getNominatedBy()).isEqualTo(CSM.email());
        var nominee = nomination.getNominee();
        assertThat(nominee.getStatus()).isEqualTo(AdvocateStatus.NOMINATED);
        assertThat(nominee.getEmail()).isEqualTo("nora@owned.example");
        assertThat(nominee.getKeycloakUserId()).isNull();
        assertThat(nominee.getPersona()).isEqualTo(Persona.IT);
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDesc("Nomination", id.toString()))
                .singleElement().satisfies(event -> assertThat(event.getAction()).isEqualTo("nomination.created"));
    }

    @Test
    void anEmailAlreadyNominatedIsRefusedNamingWhoNominatedAndNothingIsCreated() {
        nominations.nominate(SALES, form("Nora Nominee", "nora@owned.example", owned));
        long advocatesBefore = advocates.count();

        assertThatThrownBy(() -> nominations.nominate(CSM, form("Nora N.", " NORA@owned.example", owned)))
                .isInstanceOfSatisfying(DomainConflictException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("nominations.duplicate.nominated");
                    assertThat(refused.getArguments()).containsExactly("Nora Nominee", "Owned Health",
                            SALES.email(), NominationStatus.NEW);
                });
        assertThat(advocates.count()).isEqualTo(advocatesBefore);
        assertThat(nominationRows.count()).isEqualTo(1);
    }

    @Test
    void anEmailOfAnExistingAdvocateIsRefusedWithTheirStatusAndAccount() {
        advocates.save(DomainFixtures.activeAdvocate(other, "alex@other.example"));

        assertThatThrownBy(() -> nominations.nominate(SALES, form("Alex", "alex@other.example", other)))
                .isInstanceOfSatisfying(DomainConflictException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("nominations.duplicate.advocate");
                    assertThat(refused.getArguments()).containsExactly("Alex Example", "Other Health",
                            AdvocateStatus.ACTIVE);
                });
    }

    @Test
    void theSameNameAtTheSameAccountNeedsTheNominatorsConfirmation() {
        advocates.save(DomainFixtures.activeAdvocate(owned, "alex@owned.example"));
        var sameName = form(" alex EXAMPLE ", "alex.private@mail.example", owned);

        assertThatThrownBy(() -> nominations.nominate(CSM, sameName))
                .isInstanceOfSatisfying(Nominations.LikelyDuplicateException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("nominations.duplicate.sameName"));
        assertThat(nominationRows.count()).isZero();

        var confirmed = new NominationForm(sameName.name(), sameName.email(), null, null, owned.getId(),
                sameName.reason(), true);
        assertThat(nominations.nominate(CSM, confirmed)).isNotNull();
    }

    @Test
    void aCustomerSuccessManagerNominatesOnlyAtTheirOwnAccounts() {
        assertThat(nominations.accounts(CSM)).extracting(account -> account.companyName()).containsExactly("Owned Health");
        assertThatThrownBy(() -> nominations.nominate(CSM, form("Out Side", "out@other.example", other)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(nominations.accounts(SALES)).extracting(account -> account.companyName())
                .contains("Owned Health", "Other Health");
    }

    @Test
    void aProgramManagerInvitesPublishingTheEventOnceAndCannotInviteTwice() {
        var id = nominations.nominate(SALES, form("Ivy Invitee", "ivy@other.example", other));

        nominations.invite(PROGRAM_MANAGER, id);

        var nomination = nominationRows.findById(id).orElseThrow();
        assertThat(nomination.getStatus()).isEqualTo(NominationStatus.INVITED);
        assertThat(nomination.getDecidedBy()).isEqualTo(PROGRAM_MANAGER.email());
        assertThat(nomination.getNominee().getStatus()).isEqualTo(AdvocateStatus.INVITED);
        assertThat(events.stream(NominationInvited.class)).containsExactly(new NominationInvited(id));
        assertThatThrownBy(() -> nominations.invite(PROGRAM_MANAGER, id)).isInstanceOf(DomainConflictException.class);
    }

    @Test
    void onlyProgramManagersAndAdminsDecide() {
        var id = nominations.nominate(SALES, form("Sam Self", "sam@other.example", other));

        assertThatThrownBy(() -> nominations.invite(SALES, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nominations.reject(CSM, id, new RejectionForm("no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events.stream(NominationInvited.class)).isEmpty();
    }

    @Test
    void aRejectionKeepsItsReasonForTheNominatorAndClosesTheNomination() {
        var id = nominations.nominate(SALES, form("Rex Rejected", "rex@other.example", other));

        nominations.reject(PROGRAM_MANAGER, id, new RejectionForm("Account is in a renewal dispute"));

        var listed = nominations.list(SALES, null);
        assertThat(listed).singleElement().satisfies(view -> {
            assertThat(view.status()).isEqualTo(NominationStatus.REJECTED);
            assertThat(view.decisionNote()).isEqualTo("Account is in a renewal dispute");
            assertThat(view.company()).isEqualTo("Other Health");
        });
        assertThatThrownBy(() -> nominations.invite(PROGRAM_MANAGER, id)).isInstanceOf(DomainConflictException.class);
        assertThatThrownBy(() -> nominations.reject(PROGRAM_MANAGER, id, new RejectionForm("again")))
                .isInstanceOf(DomainRuleException.class);
    }

    @Test
    void nominatorsSeeTheirOwnAndProgramManagersSeeAllFilteredByStatus() {
        var mine = nominations.nominate(CSM, form("Mia Mine", "mia@owned.example", owned));
        var theirs = nominations.nominate(SALES, form("Theo Theirs", "theo@other.example", other));
        nominations.invite(PROGRAM_MANAGER, theirs);

        assertThat(nominations.list(CSM, null)).extracting(NominationView::id).containsExactly(mine);
        assertThat(nominations.list(PROGRAM_MANAGER, null)).extracting(NominationView::id).contains(mine, theirs);
        assertThat(nominations.list(PROGRAM_MANAGER, NominationStatus.INVITED)).extracting(NominationView::id)
                .containsExactly(theirs);
    }

    @Test
    void anInvitedNomineeWhoSignsInWithTheVerifiedEmailJoinsAndTheNominationIsJoined() {
        var id = nominations.nominate(SALES, form("Jo Joiner", "jo@other.example", other));
        nominations.invite(PROGRAM_MANAGER, id);

        var advocate = signUp.advocateFor(new SignedInUser("kc-jo", "Jo@Other.example", true, "Jo", Locale.ENGLISH,
                Set.of(Roles.ADVOCATE)));

        assertThat(advocate.getStatus()).isEqualTo(AdvocateStatus.ACTIVE);
        assertThat(advocate.getJoinedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(nominationRows.findById(id).orElseThrow().getStatus()).isEqualTo(NominationStatus.JOINED);
    }

    @Test
    void aNomineeNobodyReviewedYetWhoSignsInStaysNominatedUnderTheDefaultSettings() {
        var id = nominations.nominate(SALES, form("Una Unreviewed", "una@other.example", other));

        var advocate = signUp.advocateFor(new SignedInUser("kc-una", "una@other.example", true, "Una", Locale.ENGLISH,
                Set.of(Roles.ADVOCATE)));

        assertThat(advocate.getStatus()).isEqualTo(AdvocateStatus.NOMINATED);
        assertThat(nominationRows.findById(id).orElseThrow().getStatus()).isEqualTo(NominationStatus.JOINED);
    }

    private static NominationForm form(String name, String email, CustomerAccount account) {
        return new NominationForm(name, email, "Head of IT", Persona.IT, account.getId(),
                "Rolled out the product to 4 sites", false);
    }

    private static SignedInUser staff(String role) {
        return new SignedInUser("kc-" + role, role + "@peerproof.test", true, role, null, Set.of(role));
    }
}
