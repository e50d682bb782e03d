package org.reachable.synthetic.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reachable.synthetic.support.Rng;

/**
 * A family home: the adults (known by name), where they lived over time and the children of the register who live
 * there. {@code latent} is the share of need the children have in common.
 */
public final class Household {

    private final int index;
    private final Rng rng;
    private final double latent;
    private final String mother;
    private final String father;
    private final boolean fatherAtHome;
    private final String stepFather;
    private final List<Residence> residences;
    private final List<SyntheticChild> children = new ArrayList<>();
    private List<java.time.Instant> domesticAbuse;
    private List<java.time.Instant> homelessness;

    Household(int index, Rng rng, double latent, String mother, String father, boolean fatherAtHome,
              String stepFather, List<Residence> residences) {
        this.index = index;
        this.rng = rng;
        this.latent = latent;
        this.mother = mother;
        this.father = father;
        this.fatherAtHome = fatherAtHome;
        this.stepFather = stepFather;
        this.residences = List.copyOf(residences);
    }

    public int index() {
        return index;
    }

    /** The household's own random stream: everything about it and its children is drawn from here. */
    public Rng rng() {
        return rng;
    }

    public double latent() {
        return latent;
    }

    public String mother() {
        return mother;
    }

    /** The (first) father's full name; he may not live here. */
    public String father() {
        return father;
    }

    public boolean fatherAtHome() {
        return fatherAtHome;
    }

    /** The mother's partner who lives here and is the father of the younger children, if any. */
    public String stepFather() {
        return stepFather;
    }

    /** Oldest first; the last one is where they live now. */
    public List<Residence> residences() {
        return residences;
    }

    public Residence residenceOn(LocalDate day) {
        for (Residence r : residences) {
            if (r.covers(day)) {
                return r;
            }
        }
        return day.isBefore(residences.getFirst().from()) ? residences.getFirst() : residences.getLast();
    }

    /** The day the family moved into its current home, if that was after {@code since}. */
    public LocalDate movedSince(LocalDate since) {
        LocalDate last = residences.getLast().from();
        return residences.size() > 1 && last.isAfter(since) ? last : null;
    }

    public List<SyntheticChild> children() {
        return children;
    }

    /** Police domestic abuse notifications at the home, drawn once for the whole household (null until drawn). */
    public List<java.time.Instant> domesticAbuse() {
        return domesticAbuse;
    }

    public void domesticAbuse(List<java.time.Instant> incidents) {
        this.domesticAbuse = List.copyOf(incidents);
    }

    /** When the household became homeless or was threatened with it (null until drawn). */
    public List<java.time.Instant> homelessness() {
        return homelessness;
    }

    public void homelessness(List<java.time.Instant> episodes) {
        this.homelessness = List.copyOf(episodes);
    }

    void add(SyntheticChild child) {
        children.add(child);
    }
}
