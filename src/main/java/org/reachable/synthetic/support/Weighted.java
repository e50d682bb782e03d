package org.reachable.synthetic.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A fixed set of choices, each with a relative weight. */
public final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("Weights must add up to more than zero");
        }
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public T pick(Rng rng) {
        double target = rng.uniform() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        index = index >= 0 ? index + 1 : -index - 1;
        return items.get(Math.min(index, items.size() - 1));
    }

    public List<T> items() {
        return items;
    }

    public static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        public Builder<T> add(T item, double weight) {
            items.add(item);
            weights.add(weight);
            return this;
        }

        public Weighted<T> build() {
            return new Weighted<>(items, weights.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }
}
