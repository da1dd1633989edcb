package io.shipgate.carrier.model;

/** One physical package: its weight, optional outer dimensions and a description of its contents. */
public record Parcel(Weight weight, Dimensions dimensions, String description) {

    public static Parcel of(Weight weight, Dimensions dimensions) {
        return new Parcel(weight, dimensions, null);
    }
}
