package org.reachable.linkage.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.reachable.linkage.FieldEvidence;

/** Each field's evidence for a compared pair, in words a reviewer can check against the two records. */
public final class Explainer {

    private static final LevenshteinDistance EDITS = new LevenshteinDistance(3);

    private Explainer() {
    }

    public static List<FieldEvidence> explain(PairComparator comparator, MatchModel model, int i, int j) {
        EncodedRecords r = comparator.records();
        long pattern = comparator.pattern(i, j);
        List<FieldEvidence> evidence = new ArrayList<>();
        for (int f = 0; f < model.fields().size(); f++) {
            Field field = model.fields().get(f);
            int level = Field.level(pattern, f);
            double weight = level == FieldKind.MISSING ? 0 : model.fieldWeight(r, i, pattern, f);
            String finding = finding(r, field, level, i, j);
            evidence.add(new FieldEvidence(field.label(), finding, weight,
                    field.label() + " " + finding + ": " + strength(weight, level)));
        }
        return List.copyOf(evidence);
    }

    private static String finding(EncodedRecords r, Field field, int level, int i, int j) {
        String general = field.kind().finding(level);
        return switch (field.kind()) {
            case GIVEN -> level >= 4 && level <= 5 ? spelling(r.names, r.given[i], r.given[j], general) : general;
            case FAMILY -> level >= 4 && level <= 5 ? spelling(r.names, r.family[i], r.family[j], general) : general;
            case BIRTH -> level == 2 ? birthTypo(r.dobDigits[i], r.dobDigits[j]) : general;
            default -> general;
        };
    }

    private static String spelling(Dictionary names, int a, int b, String general) {
        int distance = EDITS.apply(names.value(a), names.value(b));
        return switch (distance) {
            case 1 -> "differs by one letter";
            case 2 -> "differs by two letters";
            case 3 -> "differs by three letters";
            default -> general;
        };
    }

    private static String birthTypo(int a, int b) {
        boolean swapped = a / 10000 == b / 10000 && a / 100 % 100 == b % 100 && a % 100 == b / 100 % 100;
        if (swapped) {
            return "has day and month swapped";
        }
        String x = Integer.toString(a);
        String y = Integer.toString(b);
        int differences = 0;
        for (int k = 0; k < Math.min(x.length(), y.length()); k++) {
            differences += x.charAt(k) != y.charAt(k) ? 1 : 0;
        }
        return differences == 2 ? "has two digits swapped" : "differs by one digit";
    }

    /** Strength of evidence in words, from the weight in bits (a likelihood ratio of 2^weight). */
    public static String strength(double weight, int level) {
        if (level == FieldKind.MISSING) {
            return "no evidence";
        }
        double size = Math.abs(weight);
        String direction = weight >= 0 ? "for" : "against";
        if (size < 0.5) {
            return "little evidence either way";
        }
        String amount = size >= 10 ? "near-certain evidence" : size >= 5 ? "strong evidence"
                : size >= 2 ? "moderate evidence" : "weak evidence";
        return amount + " " + direction;
    }
}
