package org.reachable.context;

/**
 * A context as a person types it: kind, a name that describes rather than labels (a place, "the group who meet at
 * the skate park"), what is known, who referred it; a point (latitude, longitude) or area (GeoJSON polygon) for a
 * place; platform and handle for an online space.
 */
public record NewContext(String kind, String name, String description, String referredBy, String latitude,
                         String longitude, String areaGeoJson, String platform, String handle) {
}
