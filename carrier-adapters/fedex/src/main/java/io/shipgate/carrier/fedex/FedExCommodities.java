package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.ExportReason;
import io.shipgate.carrier.model.WeightUnit;

import java.util.List;

/**
 * The parts of FedEx's {@code customsClearanceDetail} that both a rate quote and a shipment send:
 * who pays duties ({@code dutiesPayment}), the invoice's purpose, and one commodity per item (HS
 * code as digits, country of manufacture, quantity, unit price, customs value, weight).
 */
public final class FedExCommodities {

    private FedExCommodities() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Commodity(String description, String countryOfManufacture, String harmonizedCode, Integer quantity, String quantityUnits,
                            FedExUnits.WireMoney unitPrice, FedExUnits.WireMoney customsValue, FedExUnits.WireWeight weight,
                            String partNumber) {
    }

    /** FedEx bills third-party duties to that party's FedEx account, which the universal declaration does not name. */
    public static FedExParties.Payment dutiesPayment(CustomsDeclaration customs, FedExSettings settings) {
        if (customs.dutiesPayer() == DutiesPayer.THIRD_PARTY) {
            throw FedExErrors.invalidRequest("THIRD_PARTY_DUTIES",
                    "FedEx bills third-party duties to that party's FedEx account, which the declaration does not name:"
                            + " choose SENDER or RECIPIENT", "customs.dutiesPayer");
        }
        return customs.dutiesPayer() == DutiesPayer.SENDER ? FedExParties.sender(settings) : new FedExParties.Payment("RECIPIENT", null);
    }

    public static List<Commodity> commodities(List<CustomsItem> items, WeightUnit unit) {
        return items.stream().map(item -> new Commodity(item.description(), item.originCountry(),
                item.hsCode() == null ? null : item.hsCode().replace(".", ""), item.quantity(), "PCS",
                FedExUnits.money(item.unitValue()), FedExUnits.money(item.totalValue()),
                FedExUnits.weight(item.unitWeight().times(item.quantity()), unit), FedExValues.text(item.sku()))).toList();
    }

    /** FedEx's {@code shipmentPurpose}: SOLD, GIFT, SAMPLE, REPAIR_AND_RETURN, PERSONAL_EFFECTS or NOT_SOLD. */
    public static String purpose(ExportReason reason) {
        return switch (reason) {
            case SALE -> "SOLD";
            case GIFT -> "GIFT";
            case SAMPLE -> "SAMPLE";
            case RETURN, REPAIR -> "REPAIR_AND_RETURN";
            case PERSONAL_USE -> "PERSONAL_EFFECTS";
            case OTHER -> "NOT_SOLD";
        };
    }
}
