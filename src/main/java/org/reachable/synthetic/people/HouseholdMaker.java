package org.reachable.synthetic.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.Sex;
import org.reachable.synthetic.place.Lsoa;
import org.reachable.synthetic.place.Places;
import org.reachable.synthetic.support.Rng;
import org.reachable.synthetic.support.Weighted;

/**
 * Makes one household at a time: parents known by name, a home (and for some families the homes before it), and
 * children whose ages follow the borough's 0-24 population (Census 2021) and who mostly share surname and address.
 */
public final class HouseholdMaker {

    /** Waltham Forest residents by single year of age 0-24, Census 2021 (all ethnic groups). */
    private static final int[] AGE_WEIGHTS = {3905, 3975, 3890, 3565, 3615, 3590, 3440, 3435, 3465, 3465, 3430, 3405,
            3340, 3265, 3165, 3190, 3125, 3245, 2860, 2660, 2585, 2835, 3080, 3340, 3700};
    private static final Weighted<Integer> CHILDREN = Weighted.<Integer>builder()
            .add(1, 35).add(2, 35).add(3, 18).add(4, 8).add(5, 4).build();
    private static final Weighted<Integer> AGES;

    static {
        Weighted.Builder<Integer> ages = Weighted.builder();
        for (int age = 0; age < AGE_WEIGHTS.length; age++) {
            ages.add(age, AGE_WEIGHTS[age]);
        }
        AGES = ages.build();
    }

    private final LocalDate today;
    private final LocalDate windowStart;
    private final IdentifierMaker identifiers;
    private final NameBook names = NameBook.get();
    private final List<Lsoa> lsoas = Places.get().lsoas();

    public HouseholdMaker(LocalDate today, LocalDate windowStart, IdentifierMaker identifiers) {
        this.today = today;
        this.windowStart = windowStart;
        this.identifiers = identifiers;
    }

    /** A household of at most {@code maxChildren} children numbered from {@code firstIndex}. */
    public Household make(int householdIndex, Rng rng, int firstIndex, int maxChildren) {
        int[] ages = ages(rng, Math.min(maxChildren, CHILDREN.pick(rng)));
        Sex[] sexes = new Sex[ages.length];
        for (int i = 0; i < ages.length; i++) {
            sexes[i] = sex(rng);
        }
        double latent = rng.gaussian();
        double[] latents = new double[ages.length];
        for (int i = 0; i < ages.length; i++) {
            latents[i] = 0.75 * latent + 0.66 * rng.gaussian();
        }
        return build(householdIndex, rng, firstIndex, latent, ages, sexes, latents, residences(rng));
    }

    /**
     * The demo's showcase family: a 19-year-old sister, the showcase child (15, high need, first in the list) and a
     * 9-year-old brother, who moved from Leyton to Walthamstow 22 months ago.
     */
    public Household makeShowcase(int householdIndex, Rng rng, int firstIndex) {
        Places places = Places.get();
        Lsoa leyton = lsoas.stream().filter(l -> l.postcodeDistrict().equals("E10")).findFirst().orElseThrow();
        Lsoa walthamstow = lsoas.stream().filter(l -> l.postcodeDistrict().equals("E17")).skip(7).findFirst()
                .orElseThrow();
        LocalDate moved = today.minusMonths(22);
        List<Residence> homes = List.of(new Residence(places.home(leyton, rng), today.minusYears(11), moved),
                new Residence(places.home(walthamstow, rng), moved, null));
        Household household = build(householdIndex, rng, firstIndex, 1.8, new int[] {15, 19, 9},
                new Sex[] {Sex.M, Sex.F, Sex.M}, new double[] {2.6, 0.4, 0.9}, homes);
        SyntheticChild showcase = household.children().getFirst();
        if (showcase.identifier(IdentifierScheme.NHS) == null) {
            showcase.identifier(IdentifierScheme.NHS, identifiers.nhsNumber(showcase.index(), rng));
        }
        return household;
    }

    /** A one-child household (benchmark children): the child's age and latent need are given. */
    public Household makeSingle(int householdIndex, Rng rng, int firstIndex, int age, double latent) {
        return build(householdIndex, rng, firstIndex, latent, new int[] {age}, new Sex[] {sex(rng)},
                new double[] {latent}, residences(rng));
    }

    private Household build(int householdIndex, Rng rng, int firstIndex, double householdLatent, int[] ages,
                            Sex[] sexes, double[] latents, List<Residence> homes) {
        Ethnicity ethnicity = EthnicityMix.pick(rng);
        Heritage[] heritage = EthnicityMix.parents(ethnicity, rng);
        String fatherFamily = names.family(heritage[1], rng);
        String motherMaiden = names.family(heritage[0], rng);
        boolean fatherKnown = rng.chance(0.9);
        boolean fatherAtHome = fatherKnown && rng.chance(0.55);
        String motherFamily = fatherKnown && rng.chance(0.55) ? fatherFamily : motherMaiden;
        String mother = names.given(heritage[0], Sex.F, rng) + " " + motherFamily;
        String father = fatherKnown ? names.given(heritage[1], Sex.M, rng) + " " + fatherFamily : null;
        String stepFamily = names.family(rng.chance(0.7) ? heritage[1] : heritage[0], rng);
        String stepFather = !fatherAtHome && rng.chance(0.35)
                ? names.given(rng.chance(0.7) ? heritage[1] : heritage[0], Sex.M, rng) + " " + stepFamily : null;
        Household household = new Household(householdIndex, rng, householdLatent, mother, father, fatherAtHome,
                stepFather, homes);
        boolean doubleBarrelled = fatherKnown && rng.chance(0.06);
        String childrenFamily = !fatherKnown || rng.chance(0.25) ? motherMaiden
                : doubleBarrelled ? motherMaiden + "-" + fatherFamily : fatherFamily;
        int stepChildren = stepFather != null && ages.length > 1 ? rng.between(1, ages.length - 1) : 0;
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (int i = 0; i < ages.length; i++) {
            boolean stepFathers = i >= ages.length - stepChildren;
            String given = names.given(heritage[rng.below(2)], sexes[i], rng);
            for (int tries = 0; tries < 20 && taken.contains(given); tries++) {
                given = names.given(heritage[rng.below(2)], sexes[i], rng);
            }
            taken.add(given);
            SyntheticChild child = new SyntheticChild(firstIndex + i, rng.uuid(), household, birthday(rng, ages[i]),
                    sexes[i], ethnicity, given, stepFathers ? stepFamily : childrenFamily, Tier.of(latents[i]));
            child.father(stepFathers ? stepFather : father);
            nameChanges(child, rng, stepFathers, stepFamily, stepFather, motherMaiden);
            if (rng.chance(0.97)) {
                child.identifier(IdentifierScheme.NHS, identifiers.nhsNumber(child.index(), rng));
            }
            household.add(child);
        }
        return household;
    }

    private void nameChanges(SyntheticChild child, Rng rng, boolean stepFathers, String stepFamily,
                             String stepFather, String motherMaiden) {
        List<String> variants = names.variants(child.givenName());
        if (!variants.isEmpty() && rng.chance(0.12)) {
            child.preferredName(variants.getFirst());
        }
        LocalDate changed = randomDate(rng, child.dateOfBirth().plusYears(1), today.minusDays(30));
        if (changed == null) {
            return;
        }
        if (!stepFathers && stepFather != null && rng.chance(0.3) && !child.familyName().equals(stepFamily)) {
            child.changeFamilyName(child.familyName(), stepFamily, changed);
        } else if (rng.chance(0.025) && !child.familyName().equals(motherMaiden)) {
            child.changeFamilyName(child.familyName(), motherMaiden, changed);
        }
        if (child.tier().atLeast(Tier.ELEVATED) && child.ageOn(today) >= 13 && rng.chance(0.15)) {
            child.alias(child.givenName() + " " + (child.previousFamilyName() != null ? motherMaiden
                    : names.family(Heritage.values()[rng.below(Heritage.values().length)], rng)));
        }
    }

    private List<Residence> residences(Rng rng) {
        List<Residence> homes = new ArrayList<>();
        int moves = rng.chance(0.28) ? (rng.chance(0.2) ? 2 : 1) : 0;
        LocalDate movedIn = today.minusDays(rng.between(365 * 3 + 30, 365 * 15));
        List<LocalDate> moveDates = new ArrayList<>();
        for (int i = 0; i < moves; i++) {
            moveDates.add(randomDate(rng, windowStart.plusDays(30), today.minusDays(14)));
        }
        moveDates.sort(null);
        LocalDate from = movedIn;
        for (LocalDate move : moveDates) {
            if (!move.isAfter(from)) {
                continue;
            }
            homes.add(new Residence(Places.get().home(rng.pick(lsoas), rng), from, move));
            from = move;
        }
        homes.add(new Residence(Places.get().home(rng.pick(lsoas), rng), from, null));
        return homes;
    }

    private int[] ages(Rng rng, int count) {
        int[] ages = new int[count];
        ages[0] = AGES.pick(rng);
        for (int i = 1; i < count; i++) {
            int gap = rng.chance(0.02) ? 0 : rng.between(1, 5);
            int older = ages[i - 1] + gap;
            int younger = ages[i - 1] - gap;
            ages[i] = rng.chance(0.5) ? (older <= 24 ? older : Math.max(0, younger))
                    : (younger >= 0 ? younger : Math.min(24, older));
        }
        java.util.Arrays.sort(ages);
        for (int i = 0; i < count / 2; i++) {
            int t = ages[i];
            ages[i] = ages[count - 1 - i];
            ages[count - 1 - i] = t;
        }
        return ages;
    }

    private LocalDate birthday(Rng rng, int age) {
        LocalDate dob = today.minusYears(age).minusDays(rng.between(1, 364));
        return dob.isBefore(today.minusYears(age + 1).plusDays(1)) ? today.minusYears(age + 1).plusDays(1) : dob;
    }

    private static Sex sex(Rng rng) {
        double u = rng.uniform();
        return u < 0.507 ? Sex.M : u < 0.996 ? Sex.F : u < 0.997 ? Sex.X : Sex.U;
    }

    static LocalDate randomDate(Rng rng, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days < 0 ? null : from.plusDays(rng.between(0, (int) days));
    }
}
