package io.shipgate.carrier.dhlexpress;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * MyDHL's {@code unitOfMeasurement}: every weight and dimension of one request is in kilograms and
 * centimetres ({@code metric}) or pounds and inches ({@code imperial}). Universal weights and
 * dimensions are converted here, at the edge: weights to 3 decimals (at least 0.001), dimensions
 * rounded up to whole units (at least 1), as DHL bills them. The packages of rates, shipments and
 * pickups are written here, in the system's units.
 */
public enum DhlUnits {
    METRIC("metric", WeightUnit.KG, DimensionUnit.CM),
    IMPERIAL("imperial", WeightUnit.LB, DimensionUnit.IN);

    private static final BigDecimal LEAST_WEIGHT = new BigDecimal("0.001");
    /** Countries whose DHL Express reference data measure in pounds and inches. */
    private static final Set<String> IMPERIAL_COUNTRIES = Set.of("US", "LR", "MM");

    private final String wireName;
    private final WeightUnit weightUnit;
    private final DimensionUnit dimensionUnit;

    DhlUnits(String wireName, WeightUnit weightUnit, DimensionUnit dimensionUnit) {
        this.wireName = wireName;
        this.weightUnit = weightUnit;
        this.dimensionUnit = dimensionUnit;
    }

    /** Imperial for shippers in the countries DHL measures in pounds, metric elsewhere. */
    public static DhlUnits defaultFor(String shipperCountry) {
        return IMPERIAL_COUNTRIES.contains(shipperCountry) ? IMPERIAL : METRIC;
    }

    /** What MyDHL calls the system: {@code metric} or {@code imperial}. */
    public String wireName() {
        return wireName;
    }

    /** A weight in this system's unit, to 3 decimals, at least 0.001. */
    public BigDecimal weight(Weight weight) {
        return weight.in(weightUnit, 3).max(LEAST_WEIGHT);
    }

    /** Length, width and height in this system's unit, each rounded up to a whole unit. */
    public PackageDimensions dimensions(Dimensions dimensions) {
        if (dimensions == null) {
            return null;
        }
        Dimensions converted = dimensions.to(dimensionUnit);
        return new PackageDimensions(whole(converted.length()), whole(converted.width()), whole(converted.height()));
    }

    /** The parcels as MyDHL packages in this system's units, each with the shipper's reference when there is one. */
    public List<Package> packages(List<Parcel> parcels, String reference) {
        return parcels.stream().map(p -> new Package(weight(p.weight()), dimensions(p.dimensions()),
                Reference.customer(reference), p.description())).toList();
    }

    private static int whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE).intValueExact();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackageDimensions(int length, int width, int height) {
    }

    /** A customer reference: {@code CU} is the shipper's own reference. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reference(String value, String typeCode) {

        public static List<Reference> customer(String reference) {
            return reference == null || reference.isBlank() ? null : List.of(new Reference(reference, "CU"));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Package(BigDecimal weight, PackageDimensions dimensions, List<Reference> customerReferences, String description) {
    }
}
