package org.peerproof.domain.account;

/** Sales regions; countries are kept separately as ISO 3166 codes. */
public enum Region {
    NORTH_AMERICA,
    LATIN_AMERICA,
    EMEA,
    APAC
}
