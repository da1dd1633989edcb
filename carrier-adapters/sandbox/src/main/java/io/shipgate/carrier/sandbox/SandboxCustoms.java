package io.shipgate.carrier.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.CustomsItem;
import io.shipgate.carrier.sandbox.SandboxUnits.WireMoney;

import java.time.LocalDate;
import java.util.List;

/**
 * The customs declaration of a cross-border parcel. Here at the top level, not in {@code shipment/},
 * because the sandbox's customer returns ({@code returns/}) cross borders too and send the same one.
 */
public final class SandboxCustoms {

    private SandboxCustoms() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record WireCustoms(String contentType, String contentDescription, String incoterm, String dutiesPayer,
                              String invoiceNumber, LocalDate invoiceDate, String exportReason, List<WireCustomsItem> items) {

        public static WireCustoms of(CustomsDeclaration customs) {
            return customs == null ? null : new WireCustoms(customs.contentType().name(), customs.contentDescription(),
                    customs.incoterm().name(), customs.dutiesPayer().name(), customs.invoiceNumber(), customs.invoiceDate(),
                    customs.exportReason().name(), customs.items().stream().map(WireCustomsItem::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record WireCustomsItem(String description, int quantity, WireMoney unitValue, long unitWeightGrams, String hsCode,
                                  String originCountry, String sku) {

        static WireCustomsItem of(CustomsItem item) {
            return new WireCustomsItem(item.description(), item.quantity(), WireMoney.of(item.unitValue()),
                    SandboxUnits.grams(item.unitWeight()), item.hsCode(), item.originCountry(), item.sku());
        }
    }
}
