package org.reachable.context;

import java.time.Instant;
import java.util.UUID;

/**
 * A peer group, place, person of interest or online space. A place may have a point (latitude, longitude) or an
 * area (GeoJSON polygon); an online space a platform and handle.
 */
public record Context(UUID id, ContextKind kind, String name, String description, ContextStage stage, Double latitude,
                      Double longitude, String areaGeoJson, String platform, String handle, String referredBy,
                      Instant createdAt, Instant updatedAt, int version) {
}
