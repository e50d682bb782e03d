package org.reachable.bench.linkage;

import java.util.Map;

/**
 * One input record after the shared cleaning (both systems see exactly these values). {@code source} is 0 in a
 * deduplication task and 1 or 2 (first or second file) in a link-only task. Empty values are absent from
 * {@code values}.
 */
record Rec(String id, int source, Map<String, String> values) {
}
