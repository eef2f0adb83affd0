package org.peerproof.domain.advocate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import jakarta.validation.constraints.Size;

/** Answers for some or all activity types; types not listed keep their earlier answer. */
public record PreferencesForm(@NotNull @Size(max = 100) List<@NotNull @Valid ConsentChoice> choices) {
}
