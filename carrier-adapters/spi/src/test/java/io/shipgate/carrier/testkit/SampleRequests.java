package io.shipgate.carrier.testkit;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.ContentType;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.ShipmentRequest;
import io.shipgate.carrier.model.TaxId;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;

import java.time.LocalDate;
import java.util.List;

/** Universal requests every adapter test can start from: domestic US, US to Germany with customs, India COD. */
public final class SampleRequests {

    public static final Address US_SHIPPER = new Address("Ada Shipper", "Acme Widgets", "+1 212 555 0100", "ops@acme.example",
            "11 Wall St", null, "New York", "NY", "10005", "US", false);
    public static final Address US_RECIPIENT = new Address("Grace Recipient", null, "+1 415 555 0199", "grace@example.com",
            "1 Market St", "Apt 4", "San Francisco", "CA", "94105", "US", true);
    public static final Address DE_RECIPIENT = new Address("Hans Empfänger", null, "+49 30 1234567", "hans@example.de",
            "Unter den Linden 5", null, "Berlin", null, "10117", "DE", true);
    public static final Address IN_SHIPPER = new Address("Priya Warehouse", "Kirana Retail", "+91 9876543210", null,
            "Plot 7, Sector 18", null, "Gurugram", "HR", "122015", "IN", false);
    public static final Address IN_RECIPIENT = new Address("Rahul Customer", null, "+91 9123456780", null,
            "12 MG Road", null, "Bengaluru", "KA", "560001", "IN", true);

    public static final Parcel SMALL_BOX = Parcel.of(Weight.of("1.5", WeightUnit.KG), Dimensions.of("30", "20", "10", DimensionUnit.CM));
    public static final Parcel LB_BOX = Parcel.of(Weight.of("4", WeightUnit.LB), Dimensions.of("12", "9", "6", DimensionUnit.IN));

    private SampleRequests() {
    }

    public static ShipmentRequest domestic() {
        return new ShipmentRequest(null, ServiceLevel.STANDARD, US_SHIPPER, US_RECIPIENT, List.of(LB_BOX), "ORDER-1001",
                ShipmentOptions.NONE, null);
    }

    public static ShipmentRequest multiPiece() {
        return new ShipmentRequest(null, ServiceLevel.EXPRESS, US_SHIPPER, US_RECIPIENT, List.of(LB_BOX, SMALL_BOX), "ORDER-1002",
                ShipmentOptions.NONE, null);
    }

    public static CustomsDeclaration customs() {
        return new CustomsDeclaration(ContentType.MERCHANDISE, "Cotton T-shirts", Incoterm.DAP, DutiesPayer.RECIPIENT,
                "INV-2026-0042", LocalDate.of(2026, 11, 24), ExportReason.SALE,
                List.of(new CustomsItem("Cotton T-shirt", 3, Money.of("12.50", "USD"), Weight.of("0.2", WeightUnit.KG),
                        "6109.10", "US", "TS-RED-M")),
                List.of(new TaxId(TaxId.Type.EORI, "DE123456789012345", TaxId.Party.RECIPIENT, "DE")), false, List.of());
    }

    public static ShipmentRequest international() {
        return new ShipmentRequest(null, ServiceLevel.EXPRESS, US_SHIPPER, DE_RECIPIENT, List.of(SMALL_BOX), "ORDER-1003",
                new ShipmentOptions(null, Money.of("37.50", "USD"), null, null, null, null), customs());
    }

    public static ShipmentRequest indiaCod() {
        return new ShipmentRequest(null, ServiceLevel.STANDARD, IN_SHIPPER, IN_RECIPIENT, List.of(SMALL_BOX), "ORDER-1004",
                new ShipmentOptions(Money.of("1499", "INR"), null, null, null, null, null), null);
    }

    public static RateRequest rates() {
        return domestic().toRateRequest();
    }
}
