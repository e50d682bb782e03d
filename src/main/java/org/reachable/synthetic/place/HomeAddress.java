package org.reachable.synthetic.place;

/** A plausible home in the borough: first line, postcode and the LSOA it lies in. */
public record HomeAddress(String line1, String postcode, Lsoa lsoa) {

    public static final String TOWN = "London";
}
