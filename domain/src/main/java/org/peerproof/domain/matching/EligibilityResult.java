package org.peerproof.domain.matching;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link EligibilityPolicy}: every failed clause of Rule 1, in the rule's order.
 * Staff see all reasons at once, so one fix (e.g. lifting a pause) does not reveal the next surprise.
 *
 * @param reasons why the advocate cannot be asked; empty when they can
 */
public record EligibilityResult(List<IneligibilityReason> reasons) {

    public EligibilityResult {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }

    /** Whether the advocate may be asked: no clause failed. */
    public boolean eligible() {
        return reasons.isEmpty();
    }
}
