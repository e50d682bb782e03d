package org.reachable.synthetic.views;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.reachable.synthetic.support.Rng;

/** The mistakes people make typing names and dates. */
public final class Typos {

    private static final String[] NEIGHBOURS = {"qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv",
            "gyujnb", "ujko", "huikmn", "jiolm", "kop", "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy",
            "yhji", "cfgb", "qase", "zsdc", "tghu", "asx"};

    private Typos() {
    }

    /** One substitution (a neighbouring key), deletion, doubled letter or transposition; never the same text. */
    public static String name(String name, Rng rng) {
        if (name.length() < 3) {
            return name + name.charAt(name.length() - 1);
        }
        StringBuilder s = new StringBuilder(name);
        int i = 1 + rng.below(name.length() - 2);
        char c = s.charAt(i);
        switch (rng.below(4)) {
            case 0 -> {
                char lower = Character.toLowerCase(c);
                String keys = lower >= 'a' && lower <= 'z' ? NEIGHBOURS[lower - 'a'] : "e";
                s.setCharAt(i, keys.charAt(rng.below(keys.length())));
            }
            case 1 -> s.deleteCharAt(i);
            case 2 -> s.insert(i, c);
            default -> {
                s.setCharAt(i, s.charAt(i + 1));
                s.setCharAt(i + 1, c);
            }
        }
        String typed = s.toString();
        return typed.equals(name) ? name.substring(0, i) + name.substring(i + 1) : typed;
    }

    /** Day and month swapped, or null if that is not another valid date. */
    public static LocalDate swapDayMonth(LocalDate dob) {
        if (dob.getDayOfMonth() > 12 || dob.getDayOfMonth() == dob.getMonthValue()) {
            return null;
        }
        try {
            return LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day out, or the last digit of the year wrong. */
    public static LocalDate otherDateError(LocalDate dob, Rng rng) {
        return rng.chance(0.6) ? dob.plusDays(rng.chance(0.5) ? 1 : -1) : dob.plusYears(rng.chance(0.5) ? 1 : -1);
    }
}
