package org.peerproof.domain.ask;

import java.util.List;
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

    public AdvocateAsks(AdvocateSignUpService advocates, AskRepository asks) {
        this.advocates = advocates;
        this.asks = asks;
    }

    // Not read-only: the first visit of a new advocate creates their record.
    @Transactional
    public List<AdvocateAskView> mine(SignedInUser user) {
        return asks.findByAdvocateIdOrderByAskedAtDesc(advocates.advocateFor(user).getId()).stream()
                .map(AdvocateAskView::of)
                .toList();
    }

    /** Empty when the ask does not exist or belongs to someone else: the two are indistinguishable on purpose. */
    @Transactional
    public Optional<AdvocateAskView> mine(SignedInUser user, Long askId) {
        return asks.findByIdAndAdvocateId(askId, advocates.advocateFor(user).getId()).map(AdvocateAskView::of);
    }
}
