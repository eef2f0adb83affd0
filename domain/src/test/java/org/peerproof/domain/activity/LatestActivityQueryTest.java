package org.peerproof.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerproof.domain.testsupport.DomainFixtures.CREATED_AT;
import static org.peerproof.domain.testsupport.DomainFixtures.account;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.matching.EntityRankingQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest activity of many advocates in one query (the entity ranking, the reference the matching index is
 * compared to, reads it for every matchable advocate) is, for each, the one {@link ActivityRepository#findLatest}
 * finds alone: the latest day, and on that day the one logged last. On both databases the application runs on.
 */
@Transactional
abstract class LatestActivityQueryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Autowired ActivityRepository activities;
    @Autowired EntityRankingQueries entityRankingQueries;
    @Autowired ActivityTypeRepository types;
    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired EntityManager entityManager;

    @Test
    void eachAdvocatesLatestIsTheLatestDayThenTheLastLogged() {
        var acme = accounts.save(account("Acme"));
        var several = advocate(acme, "several@acme.test");
        var sameDay = advocate(acme, "same-day@acme.test");
        var loggedOutOfOrder = advocate(acme, "late-log@acme.test");
        var none = advocate(acme, "none@acme.test");
        log(several, ActivityTypeCode.CASE_STUDY, DAY.minusDays(30));
        log(several, ActivityTypeCode.REFERENCE_CALL_30, DAY);
        log(several, ActivityTypeCode.SPEAKING, DAY.minusDays(2));
        log(sameDay, ActivityTypeCode.REFERENCE_CALL_15, DAY);
        log(sameDay, ActivityTypeCode.CASE_STUDY, DAY);
        log(loggedOutOfOrder, ActivityTypeCode.CASE_STUDY, DAY);
        log(loggedOutOfOrder, ActivityTypeCode.REFERENCE_CALL_15, DAY.minusDays(5));
        entityManager.flush();
        entityManager.clear();

        var ids = List.of(several.getId(), sameDay.getId(), loggedOutOfOrder.getId(), none.getId());
        var oneByOne = new HashMap<Long, LatestActivity>();
        ids.forEach(id -> activities.findLatest(id).ifPresent(latest -> oneByOne.put(id, latest)));

        assertThat(entityRankingQueries.findLatestByAdvocate(ids)).isEqualTo(oneByOne).hasSize(3);
        assertThat(oneByOne.get(several.getId()).type()).isEqualTo(ActivityTypeCode.REFERENCE_CALL_30);
        assertThat(oneByOne.get(sameDay.getId()).type()).isEqualTo(ActivityTypeCode.CASE_STUDY);
        assertThat(oneByOne.get(loggedOutOfOrder.getId()).type()).isEqualTo(ActivityTypeCode.CASE_STUDY);
    }

    private Advocate advocate(org.peerproof.domain.account.CustomerAccount account, String email) {
        return advocates.save(activeAdvocate(account, email));
    }

    private void log(Advocate advocate, ActivityTypeCode type, LocalDate on) {
        activities.save(new Activity(advocate, types.findById(type).orElseThrow(), on, "pm@peerproof.test",
                CREATED_AT));
    }
}
