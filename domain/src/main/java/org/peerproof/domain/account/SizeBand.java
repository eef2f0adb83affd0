package org.peerproof.domain.account;

/** Company size by employees. Ordered from smallest to largest so neighbouring bands can score as near matches. */
public enum SizeBand {
    SMALL(1, 99),
    MID_MARKET(100, 999),
    LARGE(1_000, 4_999),
    ENTERPRISE(5_000, Integer.MAX_VALUE);

    private final int minEmployees;
    private final int maxEmployees;

    SizeBand(int minEmployees, int maxEmployees) {
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
    }

    public int minEmployees() {
        return minEmployees;
    }

    public int maxEmployees() {
        return maxEmployees;
    }

    /** How many bands apart two sizes are: 0 for the same band. */
    public int distanceTo(SizeBand other) {
        return Math.abs(ordinal() - other.ordinal());
    }
}
