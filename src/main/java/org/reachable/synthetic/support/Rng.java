package org.reachable.synthetic.support;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The only source of randomness in the synthetic borough: a {@link SplittableRandom} with a fixed seed and the few
 * draws the generator needs. Identifiers, including UUIDs, come from here, so the same seed gives the same borough.
 */
public final class Rng {

    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A seed for an independent stream (one household, one purpose) derived from the borough's seed. */
    public static long streamSeed(long seed, long stream, long purpose) {
        return mix(mix(seed ^ 0x5DEECE66DL) + stream * 0x9E3779B97F4A7C15L + purpose * 0xC2B2AE3D27D4EB4FL);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public double uniform() {
        return random.nextDouble();
    }

    public double uniform(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /** 0 (inclusive) to {@code bound} (exclusive). */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** {@code from} to {@code to}, both inclusive. */
    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public double gaussian() {
        return random.nextGaussian();
    }

    public long nextLong() {
        return random.nextLong();
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** Poisson-distributed count with mean {@code lambda} (small means, by inversion). */
    public int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
        }
        double u = random.nextDouble();
        double p = Math.exp(-lambda);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 200) {
            k++;
            p *= lambda / k;
            cumulative += p;
        }
        return k;
    }

    /** A version-4 UUID made from this stream's bits (never {@link UUID#randomUUID()}). */
    public UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
