package org.peerproof.domain.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.domain.selfservice.SelfServiceTestSetup.NOW;
import static org.peerproof.domain.testsupport.DomainFixtures.account;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;
import static org.peerproof.domain.testsupport.DomainFixtures.request;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskNotEligibleException;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rule 4 on the real database: two accepts racing for an advocate's last free slot of the quarter, each in its own
 * thread and transaction, leave exactly one accepted ask.
 */
@MariaDbJpaTest
@Import(SelfServiceTestSetup.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AcceptRaceTest {

    static final int ROUNDS = 5;

    @Autowired AskResponses responses;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired TierRepository tiers;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired TransactionTemplate transactions;

    @Test
    void twoAcceptsForTheLastSlotLeaveExactlyOne() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                var user = new SignedInUser("kc-racer-" + round, "racer" + round + "@example.com", true, null, null,
                        Set.of(Roles.ADVOCATE));
                var contested = advocateWithOneFreeSlotAndTwoPendingAsks(user, round);
                var start = new CountDownLatch(1);
                List<Future<AskStatus>> outcomes = new ArrayList<>();
                for (Long askId : contested) {
                    Callable<AskStatus> accept = () -> {
                        start.await();
                        try {
                            return responses.accept(user, askId).status();
                        } catch (AskNotEligibleException lostTheRace) {
                            return AskStatus.PENDING;
                        }
                    };
                    outcomes.add(pool.submit(accept));
                }
                start.countDown();

                assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
                        .containsExactlyInAnyOrder(AskStatus.ACCEPTED, AskStatus.PENDING);
                assertThat(contested).extracting(id -> asks.findById(id).orElseThrow().getStatus())
                        .containsExactlyInAnyOrder(AskStatus.ACCEPTED, AskStatus.PENDING);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Own limit 3 (the program cap), two asks already accepted this quarter, two more pending. */
    private List<Long> advocateWithOneFreeSlotAndTwoPendingAsks(SignedInUser user, int round) {
        return transactions.execute(status -> {
            var advocate = activeAdvocate(accounts.save(account("Race Corp " + round)), user.email());
            advocate.linkKeycloakUser(user.userId());
            advocate.assignTier(tiers.findByRank(2).orElseThrow());
            advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 3, ContactChannel.VIDEO_CALL);
            advocates.save(advocate);
            var ids = new ArrayList<Long>();
            for (int i = 0; i < 4; i++) {
                var ask = new Ask(requests.save(request("OPP-RACE-" + round + "-" + i)), advocate,
                        NOW.minus(2, ChronoUnit.DAYS), NOW.plus(1, ChronoUnit.DAYS));
                if (i < 2) {
                    ask.accept(NOW.minus(1, ChronoUnit.DAYS));
                }
                ids.add(asks.save(ask).getId());
            }
            return ids.subList(2, 4);
        });
    }
}
