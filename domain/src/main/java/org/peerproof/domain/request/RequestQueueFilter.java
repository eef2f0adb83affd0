package org.peerproof.domain.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What a staff member narrows the request queue to; every part is optional (empty or {@code null}: no restriction).
 *
 * @param progress  the requests' derived status, any of these
 * @param dealStage the opportunity's stage
 * @param owner     who filed the request (their email); sales only ever see their own anyway
 * @param text      part of the prospect's name or of the opportunity id, case-insensitive
 */
public record RequestQueueFilter(@NotNull Set<@NotNull RequestProgress> progress, DealStage dealStage,
                                 @Size(max = 100) String owner, @Size(max = 200) String text) {

    public RequestQueueFilter {
        progress = progress == null ? Set.of() : Set.copyOf(progress);
        owner = blankToNull(owner);
        text = blankToNull(text);
    }

    /** The whole queue. */
    public static RequestQueueFilter none() {
        return new RequestQueueFilter(Set.of(), null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
