package org.peerproof.domain.advocate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Answers for some or all activity types; types not listed keep their earlier answer. */
public record PreferencesForm(@NotNull List<@NotNull @Valid ConsentChoice> choices) {
}
