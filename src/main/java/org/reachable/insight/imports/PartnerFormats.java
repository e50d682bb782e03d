package org.reachable.insight.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reachable.insight.IncidentSource;

/**
 * The four partner formats. Vocabularies: ED assaults follow the ISTV minimum dataset (ISB 1594: assault date and
 * time, weapon or method, location type); exclusions use the DfE school census categories and reason codes; fire
 * uses the Home Office incident recording system's broad types; ambulance uses the assault injury types the London
 * Ambulance Service reports to violence reduction units.
 */
public final class PartnerFormats {

    public static final String KNIFE = "Knife or sharp object";

    /** DfE exclusion reason codes (school census, 2020/21 onwards), stored as the code. Declared before the formats. */
    public static final Map<String, String> REASONS = reasonWords();

    public static final PartnerFormat ED_ASSAULT = new PartnerFormat(IncidentSource.ED_ASSAULT, "Attendance date",
            "Assault date", "Assault time", false, "Method", same(KNIFE, "Firearm", "Blunt object",
            "Bottle or glass", "Body (hitting or kicking)", "Other", "Not known"),
            "Location type", locations(), true);

    public static final PartnerFormat AMBULANCE = new PartnerFormat(IncidentSource.AMBULANCE, "Incident date", null,
            "Incident time", true, "Injury type", same(KNIFE, "Firearm", "Other assault"),
            "Location type", locations(), false);

    public static final PartnerFormat SCHOOL_EXCLUSION = new PartnerFormat(IncidentSource.SCHOOL_EXCLUSION,
            "Start date", null, null, false, "Category", exclusionCategories(), "Reason", exclusionReasons(), true);

    public static final PartnerFormat FIRE = new PartnerFormat(IncidentSource.FIRE, "Incident date", null,
            "Incident time", true, "Incident type", same("Primary fire - deliberate", "Primary fire - accidental",
            "Secondary fire - deliberate", "Secondary fire - accidental", "False alarm", "Special service"),
            "Property type", same("Dwelling", "Other building", "Vehicle", "Outdoor", "Refuse", "Other"), false);

    private PartnerFormats() {
    }

    public static PartnerFormat of(IncidentSource source) {
        return switch (source) {
            case ED_ASSAULT -> ED_ASSAULT;
            case AMBULANCE -> AMBULANCE;
            case SCHOOL_EXCLUSION -> SCHOOL_EXCLUSION;
            case FIRE -> FIRE;
            case STREET_CRIME -> throw new IllegalArgumentException("Street crime has its own police.uk format");
        };
    }

    private static Map<String, String> same(String... values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String v : values) {
            map.put(v, v);
        }
        return map;
    }

    private static Map<String, String> locations() {
        return same("Street or public place", "Home", "Licensed premises", "School or college", "Public transport",
                "Park or open space", "Shop", "Workplace", "Other", "Not known");
    }

    /** School census exclusion categories: the codes and their words. */
    private static Map<String, String> exclusionCategories() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("PERM", "Permanent exclusion");
        map.put("FIXD", "Suspension");
        map.put("LUNC", "Lunchtime suspension");
        map.putAll(same("Permanent exclusion", "Suspension", "Lunchtime suspension"));
        return map;
    }

    private static Map<String, String> reasonWords() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("PP", "Physical assault against a pupil");
        map.put("PA", "Physical assault against an adult");
        map.put("VP", "Verbal abuse or threatening behaviour against a pupil");
        map.put("VA", "Verbal abuse or threatening behaviour against an adult");
        map.put("OW", "Use or threat of use of an offensive weapon or prohibited item");
        map.put("BU", "Bullying");
        map.put("RA", "Racist abuse");
        map.put("LG", "Abuse against sexual orientation or gender identity");
        map.put("DS", "Abuse relating to disability");
        map.put("SM", "Sexual misconduct");
        map.put("DA", "Drug and alcohol related");
        map.put("DM", "Damage");
        map.put("TH", "Theft");
        map.put("MT", "Inappropriate use of social media or online technology");
        map.put("WT", "Wilful and repeated transgression of protective measures (public health)");
        map.put("DB", "Persistent disruptive behaviour");
        map.put("OT", "Other");
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, String> exclusionReasons() {
        Map<String, String> map = new LinkedHashMap<>();
        REASONS.keySet().forEach(code -> map.put(code, code));
        return map;
    }
}
