package org.peerproof.domain.shared;

/**
 * A page cursor this list did not make (e.g. one of another list): bad input, answered like a cursor token that
 * does not decode (a 400 problem), never read as a position from the start.
 */
public class ForeignPageCursorException extends IllegalArgumentException {

    public ForeignPageCursorException() {
        super("Not a page cursor of this list");
    }
}
