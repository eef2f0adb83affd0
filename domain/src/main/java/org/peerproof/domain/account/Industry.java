package org.peerproof.domain.account;

/** Industries used for both customer accounts and prospects, so a match compares like with like. */
public enum Industry {
    SOFTWARE_SAAS,
    MANUFACTURING,
    HEALTHCARE,
    FINANCIAL_SERVICES,
    RETAIL,
    PUBLIC_SECTOR,
    EDUCATION,
    ENERGY_UTILITIES,
    TELECOMMUNICATIONS,
    LOGISTICS,
    MEDIA,
    PROFESSIONAL_SERVICES
}
