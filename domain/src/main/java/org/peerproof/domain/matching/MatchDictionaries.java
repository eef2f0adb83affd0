package org.peerproof.domain.matching;

/** The bit numbering of the {@link MatchIndex}'s sets: products, use cases and languages each have their own. */
record MatchDictionaries(BitDictionary<Long> products, BitDictionary<Long> useCases, BitDictionary<String> languages) {

    static MatchDictionaries empty() {
        return new MatchDictionaries(new BitDictionary<>(), new BitDictionary<>(), new BitDictionary<>());
    }
}
