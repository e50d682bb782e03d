package org.reachable.synthetic.place;

/** A real secondary school near the borough (DfE URN, name, location, pupils' sex: MIXED, BOYS or GIRLS). */
public record SchoolSite(String urn, String name, double latitude, double longitude, String localAuthority,
                         String admits) {

    public boolean admits(org.reachable.identity.Sex sex) {
        return switch (admits) {
            case "GIRLS" -> sex == org.reachable.identity.Sex.F;
            case "BOYS" -> sex == org.reachable.identity.Sex.M;
            default -> true;
        };
    }
}
