package org.reachable.synthetic.partnership;

import static org.reachable.agencies.OrganisationKind.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.UserAccounts.NewAccount;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Practitioner;
import org.reachable.synthetic.place.Lsoa;
import org.reachable.synthetic.place.Places;
import org.reachable.synthetic.place.SchoolSite;
import org.reachable.synthetic.support.Rng;

/** Builds the partnership: every kind of organisation, its staff and their (password-less) accounts. */
public final class DirectoryMaker {

    private static final int PRIMARY_SCHOOLS = 40;
    private static final int GP_PRACTICES = 15;

    private final Rng rng;
    private final String namespace;
    private final Places places = Places.get();
    private final StaffMaker staffMaker;
    private final List<Organisation> organisations = new ArrayList<>();
    private final Map<UUID, String> sourceSystems = new HashMap<>();
    private final Map<String, Organisation> vcs = new LinkedHashMap<>();
    private final Map<Organisation, Lsoa> primarySites = new LinkedHashMap<>();
    private final Map<Organisation, SchoolSite> secondarySites = new LinkedHashMap<>();

    public DirectoryMaker(Rng rng, String namespace) {
        this.rng = rng;
        this.namespace = namespace;
        this.staffMaker = new StaffMaker(rng, namespace);
    }

    public Directory make() {
        Organisation csc = add("WF-CSC", "Waltham Forest Children's Social Care", CHILDRENS_SOCIAL_CARE, null, null,
                "wf-mosaic");
        add("WF-MASH", "Waltham Forest Multi-Agency Safeguarding Hub", MASH, csc, null, "wf-mosaic");
        add("WF-EH", "Waltham Forest Early Help (Families First)", EARLY_HELP, csc, null, "wf-mosaic");
        add("MPS-NE", "Metropolitan Police, North East BCU", POLICE, null, null, "met-cris");
        for (SchoolSite site : places.secondarySchools()) {
            secondarySites.put(add("SCH-" + site.urn(), site.name(), SCHOOL, null, site.urn(), "sims-" + site.urn()),
                    site);
        }
        primarySchools();
        add("COL-130458", "Sir George Monoux College", COLLEGE, null, "130458", "mis-130458");
        add("WF-PRU", "Forest Lea Pupil Referral Unit", PUPIL_REFERRAL_UNIT, null, null, "sims-wfpru");
        add("WF-AP", "Riverside Alternative Provision Academy", ALTERNATIVE_PROVISION, null, null, "sims-wfap");
        add("WF-SEND", "Waltham Forest SEND Service", SEND_SERVICE, null, null, "wf-send");
        add("BH-WX-ED", "Whipps Cross Hospital Emergency Department", EMERGENCY_DEPARTMENT, null, null, "whipps-ed");
        add("LAS", "London Ambulance Service", AMBULANCE, null, null, "las-cad");
        add("WF-SN", "Waltham Forest School Nursing Service", SCHOOL_NURSING, null, null, "nelft-systmone");
        add("WF-CAMHS", "Waltham Forest CAMHS", CAMHS, null, null, "nelft-rio");
        add("WF-CCH", "Waltham Forest Children's Community Health", COMMUNITY_HEALTH, null, null, "nelft-systmone");
        gpPractices();
        add("WF-YJS", "Waltham Forest Youth Justice Service", YOUTH_JUSTICE, null, null, "wf-childview");
        add("WF-HOUSING", "Waltham Forest Housing Solutions", HOUSING, null, null, "wf-housing");
        vcs.put("youth-hub", add("VCS-FYH", "Forest Youth Hub", VOLUNTARY_COMMUNITY, null, null, "vcs-fyh"));
        vcs.put("mentoring", add("VCS-LVM", "Lea Valley Mentoring", VOLUNTARY_COMMUNITY, null, null, "vcs-lvm"));
        vcs.put("ed-youth-work", add("VCS-HYW", "Hospital Youth Work Team", VOLUNTARY_COMMUNITY, null, null,
                "vcs-hyw"));
        vcs.put("return-interviews", add("VCS-SRP", "Safe Return Project", VOLUNTARY_COMMUNITY, null, null,
                "vcs-srp"));
        vcs.put("sports", add("VCS-FSA", "Forest Sports Alliance", VOLUNTARY_COMMUNITY, null, null, "vcs-fsa"));
        add("WF-VRP", "Waltham Forest Violence Reduction Partnership", COMMUNITY_SAFETY, null, null, "wf-vrp");

        List<Organisation> secondaries = List.copyOf(secondarySites.keySet());
        Organisation showcaseSchool = secondaries.get(5);
        Map<OrganisationKind, List<Organisation>> byKind = new HashMap<>();
        organisations.forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        List<Practitioner> practitioners = new ArrayList<>();
        List<NewAccount> accounts = new ArrayList<>();
        for (Organisation organisation : organisations) {
            staffMaker.staff(organisation, practitioners, accounts);
        }
        List<Directory.DemoUser> demoUsers = staffMaker.demoUsers(byKind, showcaseSchool, practitioners);
        Map<UUID, SchoolSite> sites = new HashMap<>();
        secondarySites.forEach((school, site) -> sites.put(school.id(), site));
        return new Directory(organisations, practitioners, accounts, demoUsers, sourceSystems, nearPrimaries(),
                nearSecondaries(), vcs, showcaseSchool, sites);
    }

    private Organisation add(String code, String name, OrganisationKind kind, Organisation parent, String urn,
                             String sourceSystem) {
        Organisation organisation = new Organisation(rng.uuid(), namespace.isEmpty() ? code : namespace + "-" + code,
                name, kind, parent == null ? null : parent.id(), urn);
        organisations.add(organisation);
        sourceSystems.put(organisation.id(), sourceSystem);
        return organisation;
    }

    private void primarySchools() {
        String[] trees = {"Alder", "Birch", "Cedar", "Hazel", "Holly", "Juniper", "Linden", "Maple", "Rowan",
                "Willow", "Aspen", "Beech", "Yew", "Hornbeam", "Elder", "Poplar", "Sycamore", "Chestnut", "Larch",
                "Whitebeam"};
        String[] places = {"Park", "Fields", "Green", "Vale", "Hill", "Meadow"};
        List<Lsoa> byLatitude = new ArrayList<>(this.places.lsoas());
        byLatitude.sort(Comparator.comparingDouble(Lsoa::latitude));
        for (int i = 0; i < PRIMARY_SCHOOLS; i++) {
            String name = trees[i % trees.length] + " " + places[(i / trees.length + i) % places.length]
                    + " Primary School";
            String number = String.format("%02d", i + 1);
            Organisation school = add("SCH-P" + number, name, SCHOOL, null, "99" + String.format("%04d", i + 1),
                    "sims-p" + number);
            primarySites.put(school, byLatitude.get(i * byLatitude.size() / PRIMARY_SCHOOLS));
        }
    }

    private void gpPractices() {
        String[] names = {"Lea Valley Surgery", "Forest Edge Medical Centre", "Marshside Health Centre",
                "Riverside Family Practice", "Highfield Surgery", "Parkview Medical Centre", "Epping Edge Surgery",
                "Wood Green Lane Practice", "Coppice Health Centre", "Millfield Surgery", "Brookside Medical Practice",
                "Heronsgate Surgery", "Bridgeway Health Centre", "Kingsmead Family Doctors", "Orchard Medical Centre"};
        for (int i = 0; i < GP_PRACTICES; i++) {
            String code = "GP-" + String.format("%02d", i + 1);
            add(code, names[i], GP, null, null, "emis-" + code.toLowerCase());
        }
    }

    private Map<String, List<Organisation>> nearPrimaries() {
        Map<String, List<Organisation>> near = new HashMap<>();
        List<Organisation> schools = List.copyOf(primarySites.keySet());
        for (Lsoa lsoa : places.lsoas()) {
            near.put(lsoa.code(), Places.nearest(schools, lsoa, 3,
                    s -> primarySites.get(s).distanceSquared(lsoa.latitude(), lsoa.longitude())));
        }
        return near;
    }

    private Map<String, List<Organisation>> nearSecondaries() {
        Map<String, List<Organisation>> near = new HashMap<>();
        List<Organisation> schools = List.copyOf(secondarySites.keySet());
        for (Lsoa lsoa : places.lsoas()) {
            near.put(lsoa.code(), Places.nearest(schools, lsoa, 6,
                    s -> lsoa.distanceSquared(secondarySites.get(s).latitude(), secondarySites.get(s).longitude())));
        }
        return near;
    }
}
