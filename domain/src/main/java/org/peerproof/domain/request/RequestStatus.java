package org.peerproof.domain.request;

public enum RequestStatus {
    NEW,
    MATCHING,
    ASKED,
    FULFILLED,
    UNFULFILLED,
    CANCELLED
}
