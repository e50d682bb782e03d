package org.reachable.language;

/** Why a phrase is flagged. */
public enum LanguageCategory {
    VICTIM_BLAMING("Blames the child"),
    ADULTIFYING("Treats the child as an adult"),
    LABELLING("Labels the child");

    private final String label;

    LanguageCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
