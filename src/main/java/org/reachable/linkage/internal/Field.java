package org.reachable.linkage.internal;

import java.util.ArrayList;
import java.util.List;

/** One compared field: its kind, the words used for it, and which identifier scheme or attribute it is. */
public record Field(FieldKind kind, String label, int slot) {

    public static final int GIVEN = 0;
    public static final int FAMILY = 1;
    public static final int BIRTH = 2;
    public static final int SEX = 3;
    public static final int POSTCODE = 4;
    public static final int ADDRESS = 5;

    public static List<Field> of(Schema schema) {
        List<Field> fields = new ArrayList<>(List.of(new Field(FieldKind.GIVEN, "given name", 0),
                new Field(FieldKind.FAMILY, "surname", 0), new Field(FieldKind.BIRTH, "date of birth", 0),
                new Field(FieldKind.SEX, "sex", 0), new Field(FieldKind.POSTCODE, "postcode", 0),
                new Field(FieldKind.ADDRESS, "address", 0)));
        for (int s = 0; s < schema.schemes().size(); s++) {
            fields.add(new Field(FieldKind.IDENTIFIER, schema.schemes().get(s), s));
        }
        for (int a = 0; a < schema.attributes().size(); a++) {
            fields.add(new Field(FieldKind.ATTRIBUTE, schema.attributes().get(a), a));
        }
        return List.copyOf(fields);
    }

    /** The level of field {@code f} in a packed comparison pattern. */
    public static int level(long pattern, int f) {
        return (int) (pattern >>> (3 * f)) & 7;
    }
}
