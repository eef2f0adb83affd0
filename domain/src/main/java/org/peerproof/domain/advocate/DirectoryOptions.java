package org.peerproof.domain.advocate;

import java.util.List;

/** What the directory's filter pickers offer. */
public record DirectoryOptions(List<TierOption> tiers, List<Option> products, List<Option> useCases,
                               List<String> languages) {

    public record Option(Long id, String name) {
    }

    public record TierOption(int rank, String name) {
    }
}
