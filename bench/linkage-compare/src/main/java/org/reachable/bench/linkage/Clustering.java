package org.reachable.bench.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clustering of records: record id to cluster id. Built from matched pairs by connected components (the
 * transitive closure that Duke's own equivalence-class database computes), or read from and written to a
 * {@code record_id,cluster_id} file.
 */
record Clustering(Map<String, String> clusterOf) {

    /** Connected components of the given pairs over the given records; every record gets a cluster. */
    static Clustering ofPairs(List<String> recordIds, Iterable<String[]> pairs) {
        Map<String, String> parent = new HashMap<>();
        for (String id : recordIds) {
            parent.put(id, id);
        }
        for (String[] pair : pairs) {
            String a = find(parent, pair[0]);
            String b = find(parent, pair[1]);
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> clusters = new LinkedHashMap<>();
        for (String id : recordIds) {
            clusters.put(id, find(parent, id));
        }
        return new Clustering(clusters);
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String node = id;
        while (!node.equals(root)) {
            String next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }

    static Clustering read(Path file) throws IOException {
        Map<String, String> clusters = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.read(file)) {
            String id = row.get("record_id");
            String cluster = row.get("cluster_id");
            if (id == null || cluster == null) {
                throw new IOException(file + ": expected the columns record_id,cluster_id, found " + row.keySet());
            }
            clusters.put(id, cluster);
        }
        return new Clustering(clusters);
    }

    void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Csv.writeRow(out, List.of("record_id", "cluster_id"));
            for (Map.Entry<String, String> e : clusterOf.entrySet()) {
                Csv.writeRow(out, List.of(e.getKey(), e.getValue()));
            }
        }
    }
}
