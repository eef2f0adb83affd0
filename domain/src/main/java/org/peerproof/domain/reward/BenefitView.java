package org.peerproof.domain.reward;

import java.math.BigDecimal;

/** A catalog entry as the benefits page lists it. */
public record BenefitView(Long id, Long version, BenefitKind kind, String name, String description,
                          BigDecimal maxValue, boolean active) {

    static BenefitView of(Benefit benefit) {
        return new BenefitView(benefit.getId(), benefit.getVersion(), benefit.getKind(), benefit.getName(),
                benefit.getDescription(), benefit.getMaxValue(), benefit.isActive());
    }
}
