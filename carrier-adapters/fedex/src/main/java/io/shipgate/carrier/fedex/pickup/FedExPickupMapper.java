package io.shipgate.carrier.fedex.pickup;

import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExParties;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.fedex.FedExUnits;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRef;
import io.shipgate.carrier.model.PickupRequest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * {@code POST /pickup/v1/pickups} and {@code PUT /pickup/v1/pickups/cancel}.
 *
 * <p>The ready time is the location's local time, written as FedEx's examples write it
 * ({@code 2020-04-02T11:00:00Z}), with the closing time as {@code customerCloseTime}; the date type
 * is SAME_DAY when the pickup is today at the clock's date, else FUTURE_DAY. Cancelling needs the
 * FedEx location that dispatched the pickup, so Shipgate's pickup id is FedEx's confirmation code
 * and that location joined by {@value #SEPARATOR} ({@code 3001@COSA}).
 */
public final class FedExPickupMapper {

    static final String SEPARATOR = "@";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private FedExPickupMapper() {
    }

    public static FedExPickupWire.Request request(PickupRequest request, FedExSettings settings, LocalDate today) {
        FedExUnits.Units units = FedExUnits.Units.of(request.location().country());
        FedExParties.Contact contact = FedExParties.contact(request.location());
        FedExPickupWire.Location location = new FedExPickupWire.Location(
                new FedExParties.Contact(contact.personName(), contact.companyName(), contact.phoneNumber(), null),
                FedExParties.address(request.location()));
        return new FedExPickupWire.Request(FedExParties.account(settings),
                new FedExPickupWire.Origin(location, request.date() + "T" + request.readyFrom().format(TIME) + "Z",
                        request.readyUntil().format(TIME), request.date().equals(today) ? "SAME_DAY" : "FUTURE_DAY"),
                request.totalWeight() == null ? null : FedExUnits.weight(request.totalWeight(), units.weight()),
                request.packageCount(), settings.pickupCarrierCode(), FedExValues.text(request.instructions()));
    }

    public static PickupConfirmation parse(byte[] body, PickupRequest request) {
        FedExPickupWire.Output output = FedExErrors.read(body, FedExPickupWire.Response.class).output();
        String code = output == null ? null : FedExValues.text(output.pickupConfirmationCode());
        if (code == null) {
            throw FedExErrors.unexpected("NO_CONFIRMATION", "FedEx's pickup answer has no confirmation code");
        }
        String location = FedExValues.text(output.location());
        return new PickupConfirmation(location == null ? code : code + SEPARATOR + location, request.date(), request.readyFrom(),
                request.readyUntil(), new String(body, StandardCharsets.UTF_8));
    }

    public static FedExPickupWire.CancelRequest cancelRequest(PickupRef pickup, FedExSettings settings) {
        String id = pickup.pickupId();
        int at = id.lastIndexOf(SEPARATOR);
        return new FedExPickupWire.CancelRequest(FedExParties.account(settings), at < 0 ? id : id.substring(0, at),
                settings.pickupCarrierCode(), pickup.date() == null ? null : pickup.date().toString(), at < 0 ? null : id.substring(at + 1));
    }
}
