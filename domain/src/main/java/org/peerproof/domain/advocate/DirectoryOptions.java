package org.peerproof.domain.advocate;

import java.util.List;

/**
 * What the directory's filter pickers offer.
 *
 * @param languages          ISO 639 codes advocates speak
 * @param relationshipOwners emails of the customer success managers owning the accounts the user sees, sorted
 */
public record DirectoryOptions(List<TierOption> tiers, List<Option> products, List<Option> useCases,
                               List<String> languages, List<String> relationshipOwners) {

    public record Option(Long id, String name) {
    }

    public record TierOption(int rank, String name) {
    }
}
