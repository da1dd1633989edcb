package io.shipgate.carrier.ups.returns;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.ReturnRequest;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.SignatureOption;
import io.shipgate.carrier.ups.UpsServices;
import io.shipgate.carrier.ups.UpsShipmentDraft;

import java.time.LocalDate;

/**
 * A return as a UPS Print Return Label ({@code ReturnService} 9): the merchant's account ships from
 * the customer ({@code ShipFrom}) to the warehouse ({@code ShipTo}, also the {@code Shipper}); the
 * label is printed and handed to the customer. UPS answers it as any purchase.
 */
public final class UpsReturnMapper {

    /** UPS Print Return Label. */
    public static final String PRINT_RETURN_LABEL = "9";

    private UpsReturnMapper() {
    }

    public static UpsShipmentDraft draft(ReturnRequest request, LocalDate today) {
        String service = UpsServices.codeFor(request.service(), ServiceLevel.STANDARD, request.customer().country(),
                request.warehouse().country());
        return new UpsShipmentDraft(request.warehouse(), request.customer(), request.warehouse(), request.parcels(), service,
                request.reference(), null, SignatureOption.NONE, request.customs(), today, LabelFormat.PNG, PRINT_RETURN_LABEL,
                "Customer return");
    }
}
