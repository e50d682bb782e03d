package org.reachable.synthetic.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.Relationships.Grant;
import org.reachable.agencies.Organisation;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.Sex;

/**
 * One synthetic child while the generator works on them: who they are, their need tier, identifiers, schools, the
 * events agencies recorded, who works with them, and when each organisation last saw them (for agency views).
 */
public final class SyntheticChild {

    private final int index;
    private final UUID id;
    private final Household household;
    private final LocalDate dateOfBirth;
    private final Sex sex;
    private final Ethnicity ethnicity;
    private final String givenName;
    private String familyName;
    private String preferredName;
    private String previousFamilyName;
    private LocalDate nameChangedOn;
    private String alias;
    private String father;
    private final Tier tier;
    private final Map<IdentifierScheme, String> identifiers = new EnumMap<>(IdentifierScheme.class);
    private final List<SchoolSpell> schools = new ArrayList<>();
    private final List<ChronologyEvent> events = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final Map<Organisation, LocalDate> lastSeen = new LinkedHashMap<>();

    public SyntheticChild(int index, UUID id, Household household, LocalDate dateOfBirth, Sex sex, Ethnicity ethnicity,
                          String givenName, String familyName, Tier tier) {
        this.index = index;
        this.id = id;
        this.household = household;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.ethnicity = ethnicity;
        this.givenName = givenName;
        this.familyName = familyName;
        this.tier = tier;
    }

    public int index() {
        return index;
    }

    public UUID id() {
        return id;
    }

    public Household household() {
        return household;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public int ageOn(LocalDate day) {
        return day.isBefore(dateOfBirth) ? -1 : Period.between(dateOfBirth, day).getYears();
    }

    public Sex sex() {
        return sex;
    }

    public Ethnicity ethnicity() {
        return ethnicity;
    }

    public String givenName() {
        return givenName;
    }

    /** The name practitioners use: the preferred name if the child has one. */
    public String knownAs() {
        return preferredName != null ? preferredName : givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String fullName() {
        return knownAs() + " " + familyName;
    }

    public String preferredName() {
        return preferredName;
    }

    public String previousFamilyName() {
        return previousFamilyName;
    }

    public LocalDate nameChangedOn() {
        return nameChangedOn;
    }

    public String alias() {
        return alias;
    }

    void preferredName(String name) {
        this.preferredName = name;
    }

    void changeFamilyName(String previous, String current, LocalDate on) {
        this.previousFamilyName = previous;
        this.familyName = current;
        this.nameChangedOn = on;
    }

    void alias(String alias) {
        this.alias = alias;
    }

    /** The child's father's full name (null if not known). */
    public String father() {
        return father;
    }

    void father(String father) {
        this.father = father;
    }

    public Tier tier() {
        return tier;
    }

    public String identifier(IdentifierScheme scheme) {
        return identifiers.get(scheme);
    }

    public void identifier(IdentifierScheme scheme, String value) {
        identifiers.put(scheme, value);
    }

    public Map<IdentifierScheme, String> identifiers() {
        return identifiers;
    }

    public List<SchoolSpell> schools() {
        return schools;
    }

    public SchoolSpell schoolOn(LocalDate day) {
        for (SchoolSpell spell : schools) {
            if (spell.covers(day)) {
                return spell;
            }
        }
        return null;
    }

    public List<ChronologyEvent> events() {
        return events;
    }

    public void record(ChronologyEvent event, Organisation organisation, LocalDate day) {
        events.add(event);
        lastSeen.merge(organisation, day, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** When each organisation last recorded something about the child, in the order they first did. */
    public Map<Organisation, LocalDate> lastSeen() {
        return lastSeen;
    }

    public List<Grant> grants() {
        return grants;
    }
}
