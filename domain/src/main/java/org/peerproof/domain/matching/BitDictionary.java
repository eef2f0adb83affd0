package org.peerproof.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the values of one kind (product ids, use case ids, language codes) so that a set of them is a bit set in a
 * {@code long[]}: rule 3's overlaps become AND and bit counts. Bits are handed out on first sight and never change,
 * so sets built at different times stay comparable; a value nobody has is simply not in the dictionary.
 */
final class BitDictionary<V> {

    private final Map<V, Integer> bits = new HashMap<>();
    private final List<V> values = new ArrayList<>();

    /** The empty set; shared, as many advocates name no use case or no product. */
    private static final long[] NONE = new long[0];

    /** The bit set of {@code members}, numbering values seen for the first time. */
    synchronized long[] bitsOf(Collection<V> members) {
        var words = NONE;
        for (var member : members) {
            int bit = bits.computeIfAbsent(member, added -> {
                values.add(added);
                return values.size() - 1;
            });
            if (bit / Long.SIZE >= words.length) {
                words = Arrays.copyOf(words, bit / Long.SIZE + 1);
            }
            words[bit / Long.SIZE] |= 1L << bit;
        }
        return words;
    }

    /** The bit set of {@code members} as far as they are known; unknown values are nobody's, so they add no bit. */
    synchronized long[] knownBitsOf(Collection<V> members) {
        var words = new long[values.size() / Long.SIZE + 1];
        for (var member : members) {
            var bit = bits.get(member);
            if (bit != null) {
                words[bit / Long.SIZE] |= 1L << bit;
            }
        }
        return words;
    }

    /** The values whose bits are set. */
    synchronized List<V> valuesOf(long[] words) {
        var members = new ArrayList<V>();
        for (int word = 0; word < words.length; word++) {
            for (long rest = words[word]; rest != 0; rest &= rest - 1) {
                members.add(values.get(word * Long.SIZE + Long.numberOfTrailingZeros(rest)));
            }
        }
        return members;
    }

    /** How many bits the two sets share. */
    static int shared(long[] some, long[] other) {
        int count = 0;
        for (int word = Math.min(some.length, other.length) - 1; word >= 0; word--) {
            count += Long.bitCount(some[word] & other[word]);
        }
        return count;
    }
}
