package io.shipgate.carrier.dhlexpress;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.DutiesPayer;
import io.shipgate.carrier.model.Incoterm;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ShipmentOptions;
import io.shipgate.carrier.model.SignatureOption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The MyDHL value-added services ({@code valueAddedServices[].serviceCode}) this adapter books, and
 * the ones a shipment's options call for: a rate prices the same services the label books.
 */
public final class DhlServices {

    /** Shipment insurance, with the insured value and its currency. */
    public static final String INSURANCE = "II";
    /** Duties and taxes paid by the shipper (DDP). */
    public static final String DUTIES_TAXES_PAID = "DD";
    /** Paperless trade: customs documents travel electronically with the shipment data. */
    public static final String PAPERLESS_TRADE = "WY";
    /** Direct signature of the recipient on delivery. */
    public static final String DIRECT_SIGNATURE = "SF";

    private DhlServices() {
    }

    /** A value-added service: {@code II} insurance with its value, {@code DD} duties paid, {@code WY} paperless trade... */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValueAddedService(String serviceCode, BigDecimal value, String currency) {

        public static ValueAddedService of(String serviceCode) {
            return new ValueAddedService(serviceCode, null, null);
        }

        public static ValueAddedService insurance(Money declaredValue) {
            return new ValueAddedService(INSURANCE, declaredValue.rounded().amount(), declaredValue.currency());
        }
    }

    /**
     * The services that change the price of a shipment with these options, in rates and labels
     * alike: insurance, duties paid by the shipper, a signature. An adult signature DHL does not offer.
     */
    public static List<ValueAddedService> priced(ShipmentOptions options, CustomsDeclaration customs) {
        List<ValueAddedService> services = new ArrayList<>();
        if (options.declaredValue() != null && options.declaredValue().amount().signum() > 0) {
            services.add(ValueAddedService.insurance(options.declaredValue()));
        }
        if (customs != null && (customs.dutiesPayer() == DutiesPayer.SENDER || customs.incoterm() == Incoterm.DDP)) {
            services.add(ValueAddedService.of(DUTIES_TAXES_PAID));
        }
        if (options.signature() == SignatureOption.STANDARD) {
            services.add(ValueAddedService.of(DIRECT_SIGNATURE));
        } else if (options.signature() == SignatureOption.ADULT) {
            throw DhlErrors.notOffered("options.signature", "an adult signature");
        }
        return List.copyOf(services);
    }
}
