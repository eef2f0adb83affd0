package org.peerproof.benchmarks;

import java.util.Locale;

/**
 * How large a generated program is, by its number of advocates; the other tables grow in the proportions of
 * issue 15's measurement (at 100,000 advocates: 5,000 accounts, 20,000 requests, 1,000,000 activities).
 *
 * @param label      how the size is written on the command line and in the report, e.g. "10k"
 * @param advocates  advocates in the program
 */
public record DataSetSize(String label, int advocates) {

    public DataSetSize {
        if (advocates < 100) {
            throw new IllegalArgumentException("A data set needs at least 100 advocates, not " + advocates);
        }
    }

    /** "1k", "10k", "100k" or a plain number of advocates. */
    public static DataSetSize parse(String text) {
        var normalized = text.trim().toLowerCase(Locale.ROOT);
        var thousands = normalized.endsWith("k");
        var number = Integer.parseInt(thousands ? normalized.substring(0, normalized.length() - 1) : normalized);
        return new DataSetSize(normalized, thousands ? Math.multiplyExact(number, 1_000) : number);
    }

    /** Customer accounts: 20 advocates each on average. */
    public int accounts() {
        return advocates / 20;
    }

    /** Reference requests filed over the history. */
    public int requests() {
        return advocates / 5;
    }

    /** Activities over the history: ten per advocate, those of completed asks included. */
    public int activities() {
        return advocates * 10;
    }
}
