package org.peerproof.domain.advocate;

/** How much of an advocate's quarterly capacity their asks use, as the directory and the matching page show it. */
public final class Utilization {

    private Utilization() {
    }

    /**
     * Asks this quarter against a capacity of min(program cap, the advocate's own maximum), in percent, rounded half
     * up; over 100 when the advocate was asked beyond it. {@code null} when the capacity is zero (nothing to use).
     *
     * @param ownMaxAsks the advocate's own quarterly maximum, or {@code null} when only the program cap applies
     */
    public static Integer percent(int asksThisQuarter, int programCap, Integer ownMaxAsks) {
        int capacity = ownMaxAsks == null ? programCap : Math.min(programCap, ownMaxAsks);
        return capacity == 0 ? null : Math.round(asksThisQuarter * 100f / capacity);
    }
}
