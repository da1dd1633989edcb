package io.shipgate.carrier.ups.ndr;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.CarrierTimes;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsSettings;
import io.shipgate.carrier.ups.UpsWire;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NDR actions as UPS Delivery Intercept requests, each after the eligibility check UPS offers
 * ({@code GET /eligibility/intercept/{tracking number}}):
 * <ul>
 *   <li>RESCHEDULE: future delivery ({@code FD}, {@code POST /reschedule}) on the requested day, which must be
 *       one of the dates UPS offers;</li>
 *   <li>CHANGE_ADDRESS: delivery to an alternate address ({@code AA}, {@code POST /redirect/address}); its
 *       eligibility is the {@code RD} feature (the spec titles it "Reschedule Delivery", but rescheduling is
 *       {@code FD}, and {@code RD} is the only feature left for a redirect);</li>
 *   <li>RETURN_TO_ORIGIN: return to sender ({@code RS}, {@code POST /return}, eligibility {@code RTS}), with
 *       the reason "other non-delivery" ({@code KV}).</li>
 * </ul>
 * Will call ({@code WC}, the receiver collects at a UPS facility) has no NDR action to express it;
 * UPS offers no re-attempt or phone change.
 */
public final class UpsInterceptMapper {

    /** The NDR actions UPS Delivery Intercept can carry out. */
    public static final Set<NdrAction> ACTIONS = Set.of(NdrAction.RESCHEDULE, NdrAction.CHANGE_ADDRESS, NdrAction.RETURN_TO_ORIGIN);

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String ELIGIBLE = "ELIGIBLE";
    /** Reason for return: other non-delivery. */
    private static final String OTHER_NON_DELIVERY = "KV";

    /** For each action: its eligibility feature, its endpoint and its request type. */
    private record Intercept(String feature, String endpoint, String requestType) {
    }

    private static final Map<NdrAction, Intercept> INTERCEPTS = Map.of(
            NdrAction.RESCHEDULE, new Intercept("FD", "reschedule", "FD"),
            NdrAction.CHANGE_ADDRESS, new Intercept("RD", "redirect/address", "AA"),
            NdrAction.RETURN_TO_ORIGIN, new Intercept("RTS", "return", "RS"));

    private UpsInterceptMapper() {
    }

    /** The endpoint of an action, after checking UPS can carry it out. */
    public static String endpoint(NdrAction action) {
        Intercept intercept = INTERCEPTS.get(action);
        if (intercept == null) {
            throw unsupported(action);
        }
        return intercept.endpoint();
    }

    /**
     * Checks the eligibility answer allows the action now: INVALID_STATE when UPS does not, and for
     * RESCHEDULE, INVALID_REQUEST when the day is not one UPS offers.
     */
    public static void checkEligible(NdrActionRequest request, byte[] body) {
        UpsInterceptWire.Answer response = UpsWire.read(body, UpsInterceptWire.Answer.class).result();
        if (Boolean.FALSE.equals(response.success())) {
            throw UpsErrors.refused(response.errors(), "UPS could not tell whether " + request.shipment().awb() + " can be intercepted");
        }
        String feature = INTERCEPTS.get(request.action()).feature();
        UpsInterceptWire.EligibilityValue value = UpsWire.list(response.commonEligibilityMap()).stream()
                .filter(e -> feature.equals(e.interceptFeature())).map(UpsInterceptWire.Eligibility::eligibilityValue)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String create = value == null ? null : UpsWire.text(value.createEligibility());
        if (!ELIGIBLE.equals(create)) {
            throw UpsErrors.invalidState(create == null ? "NOT_OFFERED" : create,
                    "UPS does not allow " + request.action() + " (" + feature + ") for " + request.shipment().awb() + " now");
        }
        if (request.action() == NdrAction.RESCHEDULE) {
            if (request.deferredDate() == null) {
                throw UpsErrors.invalid("DATE_REQUIRED", "a reschedule needs the day of delivery", "deferredDate");
            }
            List<LocalDate> offered = UpsWire.list(value.dateOptionsforFutureDelivery()).stream()
                    .map(d -> CarrierTimes.date(d.date())).filter(java.util.Objects::nonNull).toList();
            if (!offered.isEmpty() && !offered.contains(request.deferredDate())) {
                throw UpsErrors.invalid("DATE_NOT_OFFERED", "UPS offers delivery on " + offered + " only", "deferredDate");
            }
        }
    }

    public static UpsInterceptWire.Request request(NdrActionRequest request, UpsSettings settings) {
        String remarks = request.remarks() == null || request.remarks().isBlank() ? "Delivery change requested by the shipper"
                : request.remarks().length() <= 254 ? request.remarks() : request.remarks().substring(0, 254);
        UpsInterceptWire.RequesterContact contact = new UpsInterceptWire.RequesterContact(
                required(settings.contactName(), UpsSettings.CONTACT_NAME), required(settings.contactPhone(), UpsSettings.CONTACT_PHONE));
        String type = INTERCEPTS.get(request.action()).requestType();
        return switch (request.action()) {
            case RESCHEDULE -> new UpsInterceptWire.Request(type, remarks, contact, request.deferredDate().format(DATE), null, null);
            case CHANGE_ADDRESS -> new UpsInterceptWire.Request(type, remarks, contact, null, newAddress(request.newAddress()), null);
            case RETURN_TO_ORIGIN -> new UpsInterceptWire.Request(type, remarks, contact, null, null, OTHER_NON_DELIVERY);
            default -> throw unsupported(request.action());
        };
    }

    public static NdrActionResult parse(NdrActionRequest request, byte[] body) {
        UpsInterceptWire.Answer result = UpsWire.read(body, UpsInterceptWire.Answer.class).result();
        if (!Boolean.TRUE.equals(result.success())) {
            throw UpsErrors.refused(result.errors(), "UPS did not accept " + request.action() + " for " + request.shipment().awb());
        }
        return new NdrActionResult(UpsWire.text(result.transactionId()), NdrActionResult.Status.ACCEPTED, UpsWire.text(result.statusMsg()));
    }

    private static UpsInterceptWire.NewAddress newAddress(Address address) {
        if (address == null) {
            throw UpsErrors.invalid("ADDRESS_REQUIRED", "a change of address needs the new address", "newAddress");
        }
        UpsInterceptWire.AddressInfo info = new UpsInterceptWire.AddressInfo(address.street1(), UpsWire.text(address.street2()),
                address.city(), UpsWire.text(address.state()), UpsWire.text(address.postalCode()), address.country(),
                UpsWire.text(address.name()));
        String name = address.company() != null ? address.company() : address.name();
        String phone = UpsWire.text(address.phone()) == null ? null : "+" + UpsParties.phoneDigits(address.phone());
        return new UpsInterceptWire.NewAddress("New address", info, UpsWire.text(name), UpsWire.text(address.name()), phone);
    }

    private static String required(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw UpsErrors.invalid("INVALID_SETTING",
                    "the UPS account's setting " + setting + " is required for delivery intercepts", setting);
        }
        return value;
    }

    private static CarrierException unsupported(NdrAction action) {
        return UpsErrors.invalid("UNSUPPORTED_NDR_ACTION", "UPS Delivery Intercept has no " + action + " (it offers " + ACTIONS + ")",
                "action");
    }
}
