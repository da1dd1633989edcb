package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Parcels as UPS packages: packaging "02" (customer supplied), weight and dimensions in the shipper's units. */
public final class UpsPackages {

    /** UPS packaging code of a box the shipper supplies. */
    public static final String CUSTOMER_SUPPLIED = "02";

    /** Where the packaging code goes: Rating's {@code PackagingType} or Shipping's {@code Packaging}. */
    public enum Api { RATING, SHIPPING }

    private UpsPackages() {
    }

    /**
     * The {@code Package} array.
     *
     * @param declaredValue   the shipment's declared value, split evenly over the packages; null for none
     * @param description     what the packages hold (Shipping wants it for returns and international); null for none
     */
    public static List<UpsWire.Package> packages(List<Parcel> parcels, UpsUnits units, Api api, Money declaredValue,
                                                 String description) {
        List<UpsWire.Package> packages = new ArrayList<>();
        for (Parcel parcel : parcels) {
            String text = parcel.description() != null ? parcel.description() : description;
            UpsWire.CodeDescription packaging = UpsWire.CodeDescription.of(CUSTOMER_SUPPLIED);
            UpsWire.PackageServiceOptions options = null;
            if (declaredValue != null && declaredValue.amount().signum() > 0) {
                Money share = new Money(declaredValue.amount().divide(BigDecimal.valueOf(parcels.size()), 2, RoundingMode.HALF_UP),
                        declaredValue.currency());
                options = new UpsWire.PackageServiceOptions(UpsWire.Amount.of(share), null);
            }
            packages.add(new UpsWire.Package(UpsWire.text(text), api == Api.RATING ? packaging : null,
                    api == Api.SHIPPING ? packaging : null,
                    parcel.dimensions() == null ? null : units.dimensions(parcel.dimensions()),
                    new UpsWire.Weight(units.weightUnitOfMeasurement(), units.weight(parcel.weight())), options, null));
        }
        return packages;
    }
}
