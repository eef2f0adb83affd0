package org.peerproof.domain.request;

import java.util.List;

/** What the request form's pickers offer besides the enums. */
public record RequestFormOptions(List<Option> products, List<Option> useCases) {

    public record Option(Long id, String name) {
    }
}
