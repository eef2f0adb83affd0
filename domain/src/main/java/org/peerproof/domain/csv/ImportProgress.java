package org.peerproof.domain.csv;

/** Told how far checking or writing a file has come, e.g. to move a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    /** Every so many rows and once at the end; may be called from a background thread. */
    void update(int done, int total);
}
