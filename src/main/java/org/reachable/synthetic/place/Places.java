package org.reachable.synthetic.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachable.synthetic.support.Resources;
import org.reachable.synthetic.support.Rng;

/**
 * The borough's geography, read once from the module's data files: its 144 LSOAs (from the ONS 2011 boundaries),
 * street names by postcode district, and the real secondary schools nearby (DfE URNs). Postcode units are invented
 * per LSOA but have the right district and a valid shape.
 */
public final class Places {

    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final Map<String, int[]> SECTORS = Map.of(
            "E17", new int[] {3, 4, 5, 6, 7, 8, 9}, "E4", new int[] {6, 7, 8, 9},
            "E10", new int[] {5, 6, 7}, "E11", new int[] {1, 2, 3, 4});
    private static final int UNITS_PER_LSOA = 8;

    private static Places instance;

    private final List<Lsoa> lsoas;
    private final List<SchoolSite> secondarySchools;
    private final Map<String, List<String>> streetsByDistrict = new HashMap<>();
    private final Map<String, String[]> postcodesByLsoa = new HashMap<>();
    private final Map<String, String[]> streetsByLsoa = new HashMap<>();

    private Places() {
        lsoas = Resources.rows("waltham-forest-lsoa2011.csv", ",").stream()
                .map(r -> new Lsoa(r[0], r[1], Double.parseDouble(r[2]), Double.parseDouble(r[3]), r[4]))
                .toList();
        secondarySchools = Resources.rows("secondary-schools.csv", ",").stream()
                .map(r -> new SchoolSite(r[0], r[1], Double.parseDouble(r[2]), Double.parseDouble(r[3]), r[4], r[5]))
                .toList();
        Resources.rows("streets.csv", ",").forEach(r -> streetsByDistrict.put(r[0], List.of(r[1].split(";"))));
        for (Lsoa lsoa : lsoas) {
            Rng rng = new Rng(lsoa.code().hashCode());
            int[] sectors = SECTORS.get(lsoa.postcodeDistrict());
            int sector = sectors[rng.below(sectors.length)];
            String[] units = new String[UNITS_PER_LSOA];
            for (int i = 0; i < units.length; i++) {
                units[i] = lsoa.postcodeDistrict() + " " + sector + UNIT_LETTERS.charAt(rng.below(UNIT_LETTERS.length()))
                        + UNIT_LETTERS.charAt(rng.below(UNIT_LETTERS.length()));
            }
            postcodesByLsoa.put(lsoa.code(), units);
            List<String> streets = streetsByDistrict.get(lsoa.postcodeDistrict());
            streetsByLsoa.put(lsoa.code(), new String[] {rng.pick(streets), rng.pick(streets), rng.pick(streets)});
        }
    }

    public static synchronized Places get() {
        if (instance == null) {
            instance = new Places();
        }
        return instance;
    }

    public List<Lsoa> lsoas() {
        return lsoas;
    }

    public List<SchoolSite> secondarySchools() {
        return secondarySchools;
    }

    public List<String> streets(String district) {
        return streetsByDistrict.get(district);
    }

    /** A home in the LSOA: a house or flat on one of its streets, with one of its postcodes. */
    public HomeAddress home(Lsoa lsoa, Rng rng) {
        String[] streets = streetsByLsoa.get(lsoa.code());
        String[] postcodes = postcodesByLsoa.get(lsoa.code());
        int street = rng.below(streets.length);
        String line1 = (rng.chance(0.35) ? "Flat " + rng.between(1, 12) + ", " : "") + rng.between(1, 240) + " "
                + streets[street];
        return new HomeAddress(line1, postcodes[(street * 3 + rng.below(3)) % postcodes.length], lsoa);
    }

    /** The {@code count} items nearest to a point, nearest first. */
    public static <T> List<T> nearest(List<T> items, Lsoa from, int count,
                                      java.util.function.ToDoubleFunction<T> distance) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(distance));
        return sorted.subList(0, Math.min(count, sorted.size()));
    }
}
