package org.reachable.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 19 Census 2021 ethnic groups, each with the words police.uk uses for self-defined ethnicity, the DfE codes
 * (school census, CTF, CIN) and the NHS ethnic category letter that map to it. This is the one mapping Reachable
 * uses; docs/data-formats/insight-ethnicity-mapping.md explains every line. police.uk uses the 2011 categories,
 * which have no Roma group (Roma people are in "Any other White background") and put Chinese under Asian as 2021
 * does.
 */
public enum EthnicGroup {
    ASIAN_BANGLADESHI(BroadEthnicGroup.ASIAN, "Asian, Asian British or Asian Welsh: Bangladeshi",
            "Asian/Asian British - Bangladeshi", List.of("ABAN"), "K"),
    ASIAN_CHINESE(BroadEthnicGroup.ASIAN, "Asian, Asian British or Asian Welsh: Chinese",
            "Asian/Asian British - Chinese", List.of("CHNE"), "R"),
    ASIAN_INDIAN(BroadEthnicGroup.ASIAN, "Asian, Asian British or Asian Welsh: Indian",
            "Asian/Asian British - Indian", List.of("AIND"), "H"),
    ASIAN_PAKISTANI(BroadEthnicGroup.ASIAN, "Asian, Asian British or Asian Welsh: Pakistani",
            "Asian/Asian British - Pakistani", List.of("APKN"), "J"),
    ASIAN_OTHER(BroadEthnicGroup.ASIAN, "Asian, Asian British or Asian Welsh: Other Asian",
            "Asian/Asian British - Any other Asian background", List.of("AOTH"), "L"),
    BLACK_AFRICAN(BroadEthnicGroup.BLACK, "Black, Black British, Black Welsh, Caribbean or African: African",
            "Black/African/Caribbean/Black British - African", List.of("BAFR"), "N"),
    BLACK_CARIBBEAN(BroadEthnicGroup.BLACK, "Black, Black British, Black Welsh, Caribbean or African: Caribbean",
            "Black/African/Caribbean/Black British - Caribbean", List.of("BCRB"), "M"),
    BLACK_OTHER(BroadEthnicGroup.BLACK, "Black, Black British, Black Welsh, Caribbean or African: Other Black",
            "Black/African/Caribbean/Black British - Any other Black/African/Caribbean background", List.of("BOTH"),
            "P"),
    MIXED_WHITE_ASIAN(BroadEthnicGroup.MIXED, "Mixed or Multiple ethnic groups: White and Asian",
            "Mixed/Multiple ethnic groups - White and Asian", List.of("MWAS"), "F"),
    MIXED_WHITE_BLACK_AFRICAN(BroadEthnicGroup.MIXED, "Mixed or Multiple ethnic groups: White and Black African",
            "Mixed/Multiple ethnic groups - White and Black African", List.of("MWBA"), "E"),
    MIXED_WHITE_BLACK_CARIBBEAN(BroadEthnicGroup.MIXED, "Mixed or Multiple ethnic groups: White and Black Caribbean",
            "Mixed/Multiple ethnic groups - White and Black Caribbean", List.of("MWBC"), "D"),
    MIXED_OTHER(BroadEthnicGroup.MIXED, "Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups",
            "Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background", List.of("MOTH"), "G"),
    WHITE_BRITISH(BroadEthnicGroup.WHITE, "White: English, Welsh, Scottish, Northern Irish or British",
            "White - English/Welsh/Scottish/Northern Irish/British", List.of("WBRI"), "A"),
    WHITE_GYPSY_OR_IRISH_TRAVELLER(BroadEthnicGroup.WHITE, "White: Gypsy or Irish Traveller",
            "White - Gypsy or Irish Traveller", List.of("WIRT"), "C"),
    WHITE_IRISH(BroadEthnicGroup.WHITE, "White: Irish", "White - Irish", List.of("WIRI"), "B"),
    WHITE_ROMA(BroadEthnicGroup.WHITE, "White: Roma", null, List.of("WROM"), "C"),
    WHITE_OTHER(BroadEthnicGroup.WHITE, "White: Other White", "White - Any other White background",
            List.of("WOTH"), "C"),
    OTHER_ARAB(BroadEthnicGroup.OTHER, "Other ethnic group: Arab", "Other ethnic group - Arab", List.of(), "S"),
    OTHER_ANY(BroadEthnicGroup.OTHER, "Other ethnic group: Any other ethnic group",
            "Other ethnic group - Any other ethnic group", List.of("OOTH"), "S");

    /** police.uk's words for a person who did not state their ethnicity (not a group: excluded from rates). */
    public static final String POLICE_UK_NOT_STATED = "Other ethnic group - Not stated";

    private static final Map<String, EthnicGroup> BY_POLICE_UK = Arrays.stream(values())
            .filter(g -> g.policeUk != null)
            .collect(Collectors.toMap(g -> g.policeUk.toLowerCase(), Function.identity()));
    private static final Map<String, EthnicGroup> BY_CENSUS = Arrays.stream(values())
            .collect(Collectors.toMap(g -> g.census, Function.identity()));

    private final BroadEthnicGroup broad;
    private final String census;
    private final String policeUk;
    private final List<String> dfeCodes;
    private final String nhsCode;

    EthnicGroup(BroadEthnicGroup broad, String census, String policeUk, List<String> dfeCodes, String nhsCode) {
        this.broad = broad;
        this.census = census;
        this.policeUk = policeUk;
        this.dfeCodes = dfeCodes;
        this.nhsCode = nhsCode;
    }

    public BroadEthnicGroup broad() {
        return broad;
    }

    /** The Census 2021 column heading (TS021 / the shared census file). */
    public String census() {
        return census;
    }

    /** police.uk's self-defined wording, or null where police.uk has no such category (Roma). */
    public String policeUk() {
        return policeUk;
    }

    public List<String> dfeCodes() {
        return dfeCodes;
    }

    /** NHS Data Dictionary ethnic category (2001 letters): several Census 2021 groups share one letter. */
    public String nhsCode() {
        return nhsCode;
    }

    public static Optional<EthnicGroup> fromPoliceUk(String words) {
        return Optional.ofNullable(BY_POLICE_UK.get(words.trim().toLowerCase()));
    }

    public static Optional<EthnicGroup> fromCensus(String heading) {
        return Optional.ofNullable(BY_CENSUS.get(heading.trim()));
    }

    public static Optional<EthnicGroup> fromDfe(String code) {
        return Arrays.stream(values()).filter(g -> g.dfeCodes.contains(code.trim().toUpperCase())).findFirst();
    }
}
