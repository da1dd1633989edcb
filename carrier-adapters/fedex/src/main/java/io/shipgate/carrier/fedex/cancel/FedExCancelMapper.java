package io.shipgate.carrier.fedex.cancel;

import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.Cancellation;
import io.shipgate.carrier.spi.CarrierErrorCategory;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code PUT /ship/v1/shipments/cancel}: voids every package of the shipment
 * ({@code DELETE_ALL_PACKAGES}) by its master tracking number. An answer without
 * {@code cancelledShipment: true} is FedEx refusing in the shipment's state (INVALID_STATE), with
 * FedEx's alerts as the reason.
 */
public final class FedExCancelMapper {

    private FedExCancelMapper() {
    }

    public static FedExCancelWire.Request request(String awb, FedExSettings settings) {
        return new FedExCancelWire.Request(FedExParties.account(settings), "DELETE_ALL_PACKAGES", awb);
    }

    public static Cancellation parse(byte[] body, String awb) {
        FedExCancelWire.Output output = FedExErrors.read(body, FedExCancelWire.Response.class).output();
        if (output == null || !Boolean.TRUE.equals(output.cancelledShipment())) {
            String alerts = output == null ? "" : FedExValues.list(output.alerts()).stream()
                    .map(a -> FedExValues.firstText(a.message(), a.code())).filter(Objects::nonNull).collect(Collectors.joining("; "));
            throw FedExErrors.refused(CarrierErrorCategory.INVALID_STATE, "NOT_CANCELLED",
                    "FedEx did not cancel shipment " + awb + (alerts.isEmpty() ? "" : ": " + alerts));
        }
        return new Cancellation(awb, FedExValues.text(output.successMessage()));
    }
}
