package org.reachable.synthetic.people;

import org.reachable.identity.Ethnicity;
import org.reachable.synthetic.support.Rng;
import org.reachable.synthetic.support.Weighted;

/**
 * The ethnicity of the borough's 0-24 year olds, per thousand, from Census 2021 for Waltham Forest (E09000031,
 * single years 0-24, mapped to DfE codes; Arab counted as any other ethnic group), plus a small share not yet
 * obtained or refused as in agency records. Ethnicity is recorded; it never drives any synthetic risk.
 */
public final class EthnicityMix {

    private static final Weighted<Ethnicity> MIX = Weighted.<Ethnicity>builder()
            .add(Ethnicity.WBRI, 267).add(Ethnicity.APKN, 141).add(Ethnicity.WOTH, 123).add(Ethnicity.BAFR, 87)
            .add(Ethnicity.OOTH, 65).add(Ethnicity.BCRB, 50).add(Ethnicity.AOTH, 41).add(Ethnicity.MOTH, 41)
            .add(Ethnicity.MWBC, 35).add(Ethnicity.BOTH, 32).add(Ethnicity.AIND, 30).add(Ethnicity.MWAS, 28)
            .add(Ethnicity.ABAN, 26).add(Ethnicity.MWBA, 19).add(Ethnicity.CHNE, 8).add(Ethnicity.WIRI, 5)
            .add(Ethnicity.WROM, 4).add(Ethnicity.WIRT, 1).add(Ethnicity.NOBT, 15).add(Ethnicity.REFU, 5)
            .build();

    private EthnicityMix() {
    }

    public static Ethnicity pick(Rng rng) {
        return MIX.pick(rng);
    }

    /** The naming traditions of a child's two parents, mother first. */
    public static Heritage[] parents(Ethnicity ethnicity, Rng rng) {
        Heritage[] mixed = switch (ethnicity) {
            case MWBC -> pair(Heritage.CARIBBEAN, Heritage.BRITISH);
            case MWBA -> pair(Heritage.WEST_AFRICAN, Heritage.BRITISH);
            case MWAS -> pair(rng.pick(Heritage.PAKISTANI, Heritage.INDIAN, Heritage.BANGLADESHI), Heritage.BRITISH);
            case MOTH -> pair(single(pickNamed(rng), rng), single(pickNamed(rng), rng));
            default -> null;
        };
        if (mixed != null) {
            return rng.chance(0.5) ? mixed : pair(mixed[1], mixed[0]);
        }
        Heritage heritage = single(ethnicity == Ethnicity.NOBT || ethnicity == Ethnicity.REFU
                ? pickNamed(rng) : ethnicity, rng);
        return pair(heritage, heritage);
    }

    private static Ethnicity pickNamed(Rng rng) {
        Ethnicity e;
        do {
            e = MIX.pick(rng);
        } while (e == Ethnicity.NOBT || e == Ethnicity.REFU || e.name().startsWith("M"));
        return e;
    }

    private static Heritage single(Ethnicity ethnicity, Rng rng) {
        return switch (ethnicity) {
            case WBRI -> Heritage.BRITISH;
            case WIRI, WIRT -> Heritage.IRISH;
            case WROM -> Heritage.ROMA;
            case WOTH -> rng.chance(0.55) ? Heritage.EASTERN_EUROPEAN
                    : rng.chance(0.45) ? Heritage.TURKISH : Heritage.SOUTHERN_EUROPEAN;
            case AIND -> Heritage.INDIAN;
            case APKN -> Heritage.PAKISTANI;
            case ABAN -> Heritage.BANGLADESHI;
            case AOTH -> rng.chance(0.55) ? Heritage.TAMIL : Heritage.AFGHAN;
            case BCRB -> Heritage.CARIBBEAN;
            case BAFR -> rng.chance(0.65) ? Heritage.WEST_AFRICAN : Heritage.EAST_AFRICAN;
            case BOTH -> rng.pick(Heritage.CARIBBEAN, Heritage.WEST_AFRICAN, Heritage.EAST_AFRICAN);
            case CHNE -> Heritage.CHINESE;
            case OOTH -> rng.pick(Heritage.ARAB, Heritage.ARAB, Heritage.TURKISH, Heritage.AFGHAN);
            default -> Heritage.BRITISH;
        };
    }

    private static Heritage[] pair(Heritage mother, Heritage father) {
        return new Heritage[] {mother, father};
    }
}
