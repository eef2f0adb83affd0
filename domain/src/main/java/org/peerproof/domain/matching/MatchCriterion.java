package org.peerproof.domain.matching;

/** What Rule 3 (docs/domain.md) scores a match on; weights are in {@link MatchScoring}. */
public enum MatchCriterion {
    INDUSTRY("industry"),
    SIZE_BAND("sizeBand"),
    REGION("region"),
    PRODUCTS("products"),
    USE_CASE("useCase"),
    LANGUAGE("language"),
    PERSONA("persona");

    private final String messageKeyPart;

    MatchCriterion(String messageKeyPart) {
        this.messageKeyPart = messageKeyPart;
    }

    /** The criterion's part of a bundle key, as in {@code match.industry.full}. */
    String messageKeyPart() {
        return messageKeyPart;
    }
}
