package org.peerproof.domain.ask;

import java.util.List;
import java.util.Optional;
import org.peerproof.domain.advocate.CurrentAdvocate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in advocate's asks; every query is scoped to that advocate. */
@Service
public class AdvocateAsks {

    private final CurrentAdvocate currentAdvocate;
    private final AskRepository asks;

    public AdvocateAsks(CurrentAdvocate currentAdvocate, AskRepository asks) {
        this.currentAdvocate = currentAdvocate;
        this.asks = asks;
    }

    @Transactional(readOnly = true)
    public List<AdvocateAskView> mine() {
        return asks.findByAdvocateIdOrderByAskedAtDesc(currentAdvocate.get().getId()).stream()
                .map(AdvocateAskView::of)
                .toList();
    }

    /** Empty when the ask does not exist or belongs to someone else: the two are indistinguishable on purpose. */
    @Transactional(readOnly = true)
    public Optional<AdvocateAskView> mine(Long askId) {
        return asks.findByIdAndAdvocateId(askId, currentAdvocate.get().getId()).map(AdvocateAskView::of);
    }
}
