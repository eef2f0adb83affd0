package org.peerproof.domain.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands as its owner and program staff read it: the request's own status refined by its asks, so
 * a request whose advocate said yes no longer reads "Asked". Derived when read ({@link RequestQueue}), never stored.
 */
public enum RequestProgress {
    /** Filed; program staff have not looked for advocates yet. */
    NEW(Attention.ACTION),
    /** Program staff are choosing whom to ask. */
    MATCHING(Attention.ACTION),
    /** Asks are out; waiting for an advocate's answer. */
    ASKED(Attention.WAITING),
    /** An advocate accepted and no call time is set: the owner contacts them to schedule the call. */
    ACCEPTED(Attention.ACTION),
    /** An accepted ask has a call time still to come. */
    SCHEDULED(Attention.WAITING),
    /** The agreed call time has passed and nobody recorded how the call went. */
    CALL_TO_RECORD(Attention.ACTION),
    /** Nobody accepted in time; program staff decide what next. */
    UNFULFILLED(Attention.ACTION),
    FULFILLED(Attention.CLOSED),
    CANCELLED(Attention.CLOSED);

    /** How urgently a request wants someone's attention; the queue lists them in this order. */
    public enum Attention {
        ACTION,
        WAITING,
        CLOSED
    }

    private final Attention attention;

    RequestProgress(Attention attention) {
        this.attention = attention;
    }

    public Attention attention() {
        return attention;
    }

    /** Still open: not fulfilled and not cancelled. */
    public boolean open() {
        return attention != Attention.CLOSED;
    }

    public static Set<RequestProgress> openOnes() {
        var open = EnumSet.noneOf(RequestProgress.class);
        for (var progress : values()) {
            if (progress.open()) {
                open.add(progress);
            }
        }
        return open;
    }
}
