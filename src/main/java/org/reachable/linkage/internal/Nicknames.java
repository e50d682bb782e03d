package org.reachable.linkage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nickname table ({@code linkage/nicknames.csv}): each line is one group of given names that agencies record for
 * the same person (Robert, Bob, Rob, Bobby, Robbie). A name may belong to several groups (Alex: Alexander and
 * Alexandra). Two given names are nicknames of each other when they share a group.
 */
public final class Nicknames {

    private static final int[] NONE = new int[0];
    private static volatile Nicknames standard;

    private final Map<String, int[]> groups;

    Nicknames(Map<String, int[]> groups) {
        this.groups = groups;
    }

    public static Nicknames standard() {
        if (standard == null) {
            synchronized (Nicknames.class) {
                if (standard == null) {
                    standard = load("/linkage/nicknames.csv");
                }
            }
        }
        return standard;
    }

    static Nicknames load(String resource) {
        Map<String, List<Integer>> byName = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int group = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String name : line.split(",")) {
                    String normalised = Text.name(name);
                    if (!normalised.isEmpty()) {
                        byName.computeIfAbsent(normalised, n -> new ArrayList<>()).add(group);
                    }
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        Map<String, int[]> groups = new HashMap<>();
        byName.forEach((name, ids) -> groups.put(name, ids.stream().mapToInt(Integer::intValue).toArray()));
        return new Nicknames(groups);
    }

    /** The groups a normalised given name belongs to (empty when it has no known nicknames). */
    public int[] groupsOf(String normalisedName) {
        return groups.getOrDefault(normalisedName, NONE);
    }

    public static boolean shareGroup(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }
}
