package org.reachable.synthetic.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reachable.agencies.Organisation;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.Sex;
import org.reachable.synthetic.Agency;
import org.reachable.synthetic.AgencyRecord;
import org.reachable.synthetic.people.NameBook;
import org.reachable.synthetic.people.Residence;
import org.reachable.synthetic.people.SchoolSpell;
import org.reachable.synthetic.people.SyntheticChild;
import org.reachable.synthetic.place.HomeAddress;
import org.reachable.synthetic.support.Rng;

/**
 * Each agency's own records of the children it knows: police, the emergency department, children's social care
 * and youth justice know a child they recorded an event about; every school a child attended in the three years
 * has a record. The record shows the child as the agency last saw them (address then), with the corruptions in
 * {@link Corruption}. Uses its own random stream, so asking for views never changes the borough.
 */
public final class AgencyViewMaker {

    private static final long VIEWS = 7;

    private final long seed;
    private final LocalDate today;
    private final NameBook names = NameBook.get();
    private final Map<Agency, Integer> serials = new EnumMap<>(Agency.class);
    private final Map<String, Integer> admissions = new java.util.HashMap<>();

    public AgencyViewMaker(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public List<AgencyRecord> records(SyntheticChild child) {
        Rng rng = new Rng(Rng.streamSeed(seed, child.index(), VIEWS));
        List<AgencyRecord> records = new ArrayList<>();
        Map<Agency, LocalDate> lastSeen = new EnumMap<>(Agency.class);
        Map<Agency, Organisation> by = new EnumMap<>(Agency.class);
        for (Map.Entry<Organisation, LocalDate> seen : child.lastSeen().entrySet()) {
            Agency agency = Agency.of(seen.getKey().kind());
            if (agency != null && agency != Agency.SCHOOL) {
                lastSeen.merge(agency, seen.getValue(), (a, b) -> a.isAfter(b) ? a : b);
                by.putIfAbsent(agency, seen.getKey());
            }
        }
        for (Map.Entry<Agency, LocalDate> entry : lastSeen.entrySet()) {
            Agency agency = entry.getKey();
            int copies = rng.chance(Corruption.of(agency).duplicate()) ? 2 : 1;
            for (int i = 0; i < copies; i++) {
                records.add(record(child, agency, by.get(agency), entry.getValue(), rng));
            }
        }
        for (SchoolSpell spell : child.schools()) {
            LocalDate seen = spell.to() == null || spell.to().isAfter(today) ? today : spell.to().minusDays(1);
            int copies = rng.chance(Corruption.of(Agency.SCHOOL).duplicate()) ? 2 : 1;
            for (int i = 0; i < copies; i++) {
                records.add(record(child, Agency.SCHOOL, spell.school(), seen, rng));
            }
        }
        return records;
    }

    private AgencyRecord record(SyntheticChild child, Agency agency, Organisation organisation, LocalDate seen,
                                Rng rng) {
        Corruption c = Corruption.of(agency);
        String given = child.givenName();
        String family = child.familyName();
        if (rng.chance(c.nickname())) {
            List<String> variants = names.variants(given);
            given = child.preferredName() != null ? child.preferredName()
                    : variants.isEmpty() ? given : rng.pick(variants);
        }
        if (child.previousFamilyName() != null && rng.chance(c.oldSurname())) {
            family = child.previousFamilyName();
        }
        if (rng.chance(c.givenTypo())) {
            given = Typos.name(given, rng);
        }
        if (rng.chance(c.familyTypo())) {
            family = Typos.name(family, rng);
        }
        if (rng.chance(c.namesSwapped())) {
            String swap = given;
            given = family;
            family = swap;
        }
        LocalDate dob = child.dateOfBirth();
        LocalDate swapped = Typos.swapDayMonth(dob);
        if (swapped != null && rng.chance(c.dobSwapped())) {
            dob = swapped;
        } else if (rng.chance(c.dobOther())) {
            dob = Typos.otherDateError(dob, rng);
        }
        String sex = rng.chance(c.sexMissing()) ? "" : child.sex() == Sex.U ? "" : child.sex().name();
        HomeAddress home = address(child, seen, c, rng);
        String postcode = rng.chance(c.postcodeMissing()) ? "" : home.postcode();
        return new AgencyRecord(agency, recordId(child, agency, organisation), organisation.code(), given, family, dob,
                sex, postcode, home.line1(), identifier(child, IdentifierScheme.NHS, agency, rng),
                identifier(child, IdentifierScheme.UPN, agency, rng),
                identifier(child, IdentifierScheme.POLICE, agency, rng),
                identifier(child, IdentifierScheme.CSC, agency, rng),
                identifier(child, IdentifierScheme.YJS, agency, rng), child.id());
    }

    private static HomeAddress address(SyntheticChild child, LocalDate seen, Corruption c, Rng rng) {
        List<Residence> homes = child.household().residences();
        Residence then = child.household().residenceOn(seen);
        int index = homes.indexOf(then);
        if (index > 0 && rng.chance(c.staleAddress())) {
            then = homes.get(index - 1);
        }
        return then.home();
    }

    /** The identifiers each agency holds, and how often it holds them. */
    private static String identifier(SyntheticChild child, IdentifierScheme scheme, Agency agency, Rng rng) {
        String value = child.identifier(scheme);
        if (value == null) {
            return "";
        }
        double held = switch (agency) {
            case SCHOOL -> scheme == IdentifierScheme.UPN ? 1 - Corruption.of(agency).idMissing() : 0;
            case HEALTH -> scheme == IdentifierScheme.NHS ? 1 - Corruption.of(agency).idMissing() : 0;
            case POLICE -> scheme == IdentifierScheme.POLICE ? 1 - Corruption.of(agency).idMissing() : 0;
            case CSC -> switch (scheme) {
                case CSC -> 1;
                case NHS -> 1 - Corruption.of(agency).idMissing();
                case UPN -> 0.3;
                default -> 0;
            };
            case YJS -> switch (scheme) {
                case YJS -> 1;
                case POLICE -> 1 - Corruption.of(agency).idMissing();
                case UPN -> 0.4;
                default -> 0;
            };
        };
        return rng.chance(held) ? value : "";
    }

    private String recordId(SyntheticChild child, Agency agency, Organisation organisation) {
        int serial = serials.merge(agency, 1, Integer::sum);
        return switch (agency) {
            case POLICE -> String.format("MPS%08d", 3_100_000 + serial);
            case HEALTH -> String.format("WX%07d", 1_200_000 + serial);
            case SCHOOL -> organisation.code() + "/" + admissions.merge(organisation.code(), 1, Integer::sum);
            case CSC -> "MOSAIC-" + (500_000 + serial);
            case YJS -> "CV-" + (80_000 + serial);
        };
    }
}
