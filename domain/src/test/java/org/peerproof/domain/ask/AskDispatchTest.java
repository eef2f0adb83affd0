package org.peerproof.domain.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.matching.EligibilityNow;
import org.peerproof.domain.matching.EligibilitySnapshots;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@MariaDbJpaTest
@Import({AskDispatch.class, EligibilityNow.class, EligibilitySnapshots.class, AuditTrail.class,
        AskDispatchTest.FixedClock.class})
class AskDispatchTest {

    /** Wednesday 13 May 2026, 09:00 UTC. */
    static final Instant NOW = Instant.parse("2026-05-13T09:00:00Z");
    static final SignedInUser PROGRAM_MANAGER = staff(Roles.PROGRAM_MANAGER);

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired AskDispatch dispatch;
    @Autowired AskRepository asks;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired ReferenceRequestRepository requests;
    @Autowired TierRepository tiers;

    private CustomerAccount account;
    private ReferenceRequest request;
    private int sequence;

    @BeforeEach
    void requestForA30MinuteCall() {
        account = accounts.save(new CustomerAccount("Dispatch Health", Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA));
        request = requests.save(request("OPP-DISPATCH-1"));
    }

    @Test
    void asksEveryChosenAdvocateWithAnExpiryThreeBusinessDaysOut() {
        var first = willingAdvocate();
        var second = willingAdvocate();

        var sent = dispatch.ask(PROGRAM_MANAGER, request.getId(), List.of(first.getId(), second.getId()));

        assertThat(sent).hasSize(2);
        var ask = asks.findById(sent.getFirst()).orElseThrow();
        assertThat(ask.getStatus()).isEqualTo(AskStatus.PENDING);
        assertThat(ask.getAdvocate().getId()).isEqualTo(first.getId());
        // Wednesday + 3 business days = Monday, same clock time in the advocate's zone.
        assertThat(ask.getExpiresAt()).isEqualTo(Instant.parse("2026-05-18T09:00:00Z"));
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.ASKED);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the dispatch commits or rolls back on its own
    void anAdvocateAtTheQuarterlyCapStopsTheWholeDispatch() {
        var free = willingAdvocate();
        var capped = willingAdvocate();
        for (int i = 0; i < 3; i++) {
            asks.save(new Ask(requests.save(request("OPP-EARLIER-" + i)), capped, NOW.minusSeconds(86_400L * (i + 1)),
                    NOW.plusSeconds(3_600)));
        }
        long before = asks.count();

        assertThatThrownBy(() -> dispatch.ask(PROGRAM_MANAGER, request.getId(), List.of(free.getId(), capped.getId())))
                .isInstanceOf(AdvocateNotAskableException.class)
                .extracting(e -> ((AdvocateNotAskableException) e).getMessageKey()).isEqualTo("ask.dispatch.notEligible");
        assertThat(asks.count()).isEqualTo(before);
    }

    @Test
    void theSameAdvocateIsNeverAskedTwiceForOneRequest() {
        var advocate = willingAdvocate();
        dispatch.ask(PROGRAM_MANAGER, request.getId(), List.of(advocate.getId()));

        assertThatThrownBy(() -> dispatch.ask(PROGRAM_MANAGER, request.getId(), List.of(advocate.getId())))
                .isInstanceOf(DomainConflictException.class)
                .extracting(e -> ((DomainConflictException) e).getMessageKey()).isEqualTo("ask.dispatch.alreadyAsked");
    }

    @Test
    void aFulfilledRequestGetsNoMoreAsks() {
        request.fulfil(NOW);
        var advocate = willingAdvocate();

        assertThatThrownBy(() -> dispatch.ask(PROGRAM_MANAGER, request.getId(), List.of(advocate.getId())))
                .isInstanceOf(DomainConflictException.class)
                .extracting(e -> ((DomainConflictException) e).getMessageKey()).isEqualTo("ask.dispatch.requestClosed");
    }

    @Test
    void onlyProgramManagersAndAdminsSendAsks() {
        var advocate = willingAdvocate();
        for (var role : List.of(Roles.SALES, Roles.CSM, Roles.ADVOCATE)) {
            assertThatThrownBy(() -> dispatch.ask(staff(role), request.getId(), List.of(advocate.getId())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(dispatch.ask(staff(Roles.ADMIN), request.getId(), List.of(advocate.getId()))).hasSize(1);
    }

    private Advocate willingAdvocate() {
        var advocate = new Advocate(account, "Dispatch Peer " + (++sequence), "dispatch-" + UUID.randomUUID() + "@example.com",
                ZoneId.of("UTC"), AdvocateStatus.NOMINATED, NOW);
        advocate.join(LocalDate.parse("2025-01-10"));
        advocate.assignTier(tiers.findByRank(2).orElseThrow());
        advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 3, ContactChannel.VIDEO_CALL);
        return advocates.save(advocate);
    }

    private static ReferenceRequest request(String opportunityId) {
        return new ReferenceRequest(opportunityId, "Prospect Clinic", Industry.HEALTHCARE, SizeBand.LARGE, Region.EMEA,
                DealStage.EVALUATION, ActivityTypeCode.REFERENCE_CALL_30, LocalDate.parse("2026-05-30"),
                "sales@peerproof.test", NOW);
    }

    private static SignedInUser staff(String role) {
        return new SignedInUser("kc-" + role, role + "@peerproof.test", true, role, null, Set.of(role));
    }
}
