package org.peerproof.domain.advocate;

/** The kind of voice an advocate brings to a prospect conversation. */
public enum Persona {
    EXECUTIVE,
    IT,
    LINE_OF_BUSINESS,
    OPERATIONS,
    FINANCE,
    PRACTITIONER
}
