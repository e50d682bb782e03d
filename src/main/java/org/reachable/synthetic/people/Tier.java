package org.reachable.synthetic.people;

/**
 * A child's synthetic level of unmet need and harm, drawn from a latent score shared in part with siblings. It
 * multiplies the base rate of each kind of event by {@code multiplier ^ gradient}, so children with more of one
 * kind of harm tend to have more of the others. Never derived from ethnicity, sex or disability.
 */
public enum Tier {
    UNIVERSAL(1), EMERGING(4), ELEVATED(15), HIGH(40);

    /** Latent-score thresholds: about 80% universal, 13% emerging, 5.5% elevated and 1.5% high. */
    private static final double EMERGING_FROM = 0.84;
    private static final double ELEVATED_FROM = 1.48;
    private static final double HIGH_FROM = 2.17;

    private final double multiplier;

    Tier(double multiplier) {
        this.multiplier = multiplier;
    }

    public double factor(double gradient) {
        return Math.pow(multiplier, gradient);
    }

    public boolean atLeast(Tier other) {
        return ordinal() >= other.ordinal();
    }

    public static Tier of(double latent) {
        if (latent >= HIGH_FROM) {
            return HIGH;
        }
        if (latent >= ELEVATED_FROM) {
            return ELEVATED;
        }
        return latent >= EMERGING_FROM ? EMERGING : UNIVERSAL;
    }
}
