package org.peerproof.domain.ask;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in advocate's asks; every query is scoped to that advocate. */
@Service
public class AdvocateAsks {

    private final AdvocateSignUpService advocates;
    private final AskRepository asks;
    private final Clock clock;

    public AdvocateAsks(AdvocateSignUpService advocates, AskRepository asks, Clock clock) {
        this.advocates = advocates;
        this.asks = asks;
        this.clock = clock;
    }

    /** Upcoming commitments, open asks, earlier asks (see {@link AdvocateAskList}). */
    // Not read-only: the first visit of a new advocate creates their record.
    @Transactional
    public AdvocateAskList mine(SignedInUser user) {
        var advocate = advocates.advocateFor(user);
        return AdvocateAskList.of(asks.findByAdvocateIdOrderByAskedAtDesc(advocate.getId()).stream()
                .map(AdvocateAskView::of)
                .toList(), Instant.now(clock), advocate.getTimeZone().getId());
    }

    /** Empty when the ask does not exist or belongs to someone else: the two are indistinguishable on purpose. */
    @Transactional
    public Optional<AdvocateAskView> mine(SignedInUser user, Long askId) {
        return asks.findByIdAndAdvocateId(askId, advocates.advocateFor(user).getId()).map(AdvocateAskView::of);
    }
}
