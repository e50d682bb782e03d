package org.reachable.synthetic.people;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachable.identity.Sex;
import org.reachable.synthetic.support.Resources;
import org.reachable.synthetic.support.Rng;

/** Given and family names by heritage, and the nicknames and spellings agencies record instead of a given name. */
public final class NameBook {

    private static NameBook instance;

    private final Map<Heritage, List<String>> male = new EnumMap<>(Heritage.class);
    private final Map<Heritage, List<String>> female = new EnumMap<>(Heritage.class);
    private final Map<Heritage, List<String>> family = new EnumMap<>(Heritage.class);
    private final Map<String, List<String>> variants = new HashMap<>();

    private NameBook() {
        for (String[] row : Resources.rows("names.csv", ",")) {
            Heritage heritage = Heritage.valueOf(row[0]);
            List<String> names = List.of(row[2].split(" "));
            switch (row[1]) {
                case "M" -> male.put(heritage, names);
                case "F" -> female.put(heritage, names);
                case "FAMILY" -> family.put(heritage, names);
                default -> throw new IllegalStateException("Unknown name kind " + row[1]);
            }
        }
        for (String[] row : Resources.rows("nicknames.csv", ",")) {
            variants.put(row[0], List.of(row[1].split(" ")));
        }
        for (Heritage heritage : Heritage.values()) {
            if (!male.containsKey(heritage) || !female.containsKey(heritage) || !family.containsKey(heritage)) {
                throw new IllegalStateException("names.csv lacks names for " + heritage);
            }
        }
    }

    public static synchronized NameBook get() {
        if (instance == null) {
            instance = new NameBook();
        }
        return instance;
    }

    public String given(Heritage heritage, Sex sex, Rng rng) {
        return switch (sex) {
            case M -> rng.pick(male.get(heritage));
            case F -> rng.pick(female.get(heritage));
            default -> rng.pick(rng.chance(0.5) ? male.get(heritage) : female.get(heritage));
        };
    }

    public String family(Heritage heritage, Rng rng) {
        return rng.pick(family.get(heritage));
    }

    /** Nicknames, short forms and other spellings of a given name (empty if none are known). */
    public List<String> variants(String given) {
        return variants.getOrDefault(given, List.of());
    }
}
