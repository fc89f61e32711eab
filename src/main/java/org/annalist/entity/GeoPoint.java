package org.annalist.entity;

/** Where a place lies, in WGS84 degrees (the gazetteer's coordinates). */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a point on Earth: " + latitude + ", " + longitude);
        }
    }
}
