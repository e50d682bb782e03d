package org.reachable.bench.linkage;

/** What turns one system's scores into clusters: its clustering method and the similarity threshold. */
record Setting(String clustering, double threshold) {

    @Override
    public String toString() {
        return clustering + "@" + "%.4f".formatted(threshold);
    }
}
