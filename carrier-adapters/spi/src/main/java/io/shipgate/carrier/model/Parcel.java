package io.shipgate.carrier.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One physical package: its weight, optional outer dimensions and a description of its contents. */
public record Parcel(@NotNull @Valid Weight weight, @Valid Dimensions dimensions, @Size(max = 100) String description) {

    public static Parcel of(Weight weight, Dimensions dimensions) {
        return new Parcel(weight, dimensions, null);
    }
}
