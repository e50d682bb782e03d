package org.reachable.synthetic.place;

/** A 2011 Lower Super Output Area of the borough, with its centroid and (approximate) postcode district. */
public record Lsoa(String code, String name, double latitude, double longitude, String postcodeDistrict) {

    /** Rough squared distance in degrees of latitude, for finding what is nearest. */
    public double distanceSquared(double lat, double lon) {
        double dLat = latitude - lat;
        double dLon = (longitude - lon) * 0.62;
        return dLat * dLat + dLon * dLon;
    }
}
