package io.shipgate.carrier.ups;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;

import java.util.List;

/** Parcels as UPS packages: packaging "02" (customer supplied), weight and dimensions in the shipper's units. */
public final class UpsPackages {

    /** UPS packaging code of a box the shipper supplies. */
    public static final String CUSTOMER_SUPPLIED = "02";

    private UpsPackages() {
    }

    /**
     * The {@code Package} array.
     *
     * @param packagingField  {@code PackagingType} (Rating) or {@code Packaging} (Shipping)
     * @param declaredValue   the shipment's declared value, split evenly over the packages; null for none
     * @param description     what the packages hold (Shipping wants it for returns and international); null for none
     */
    public static ArrayNode packages(List<Parcel> parcels, UpsUnits units, String packagingField, Money declaredValue,
                                     String description) {
        ArrayNode packages = UpsJson.object().arrayNode();
        for (Parcel parcel : parcels) {
            ObjectNode pkg = packages.addObject();
            String text = parcel.description() != null ? parcel.description() : description;
            UpsJson.putIfPresent(pkg, "Description", text);
            pkg.putObject(packagingField).put("Code", CUSTOMER_SUPPLIED);
            if (parcel.dimensions() != null) {
                pkg.set("Dimensions", units.dimensions(parcel.dimensions()));
            }
            ObjectNode weight = pkg.putObject("PackageWeight");
            weight.set("UnitOfMeasurement", units.weightUnitNode());
            weight.put("Weight", units.weight(parcel.weight()));
            if (declaredValue != null && declaredValue.amount().signum() > 0) {
                Money share = new Money(declaredValue.amount().divide(java.math.BigDecimal.valueOf(parcels.size()), 2,
                        java.math.RoundingMode.HALF_UP), declaredValue.currency());
                ObjectNode value = pkg.putObject("PackageServiceOptions").putObject("DeclaredValue");
                value.put("CurrencyCode", share.currency());
                value.put("MonetaryValue", share.amount().toPlainString());
            }
        }
        return packages;
    }
}
