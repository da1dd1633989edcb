package io.shipgate.carrier.ups.ndr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.NdrAction;
import io.shipgate.carrier.model.NdrActionRequest;
import io.shipgate.carrier.model.NdrActionResult;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.ups.UpsCarrier;
import io.shipgate.carrier.ups.UpsErrors;
import io.shipgate.carrier.ups.UpsJson;
import io.shipgate.carrier.ups.UpsParties;
import io.shipgate.carrier.ups.UpsSettings;
import io.shipgate.carrier.ups.UpsTime;

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
            throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, UpsCarrier.CODE, "UNSUPPORTED_NDR_ACTION",
                    "UPS Delivery Intercept has no " + action + " (it offers " + ACTIONS + ")", false, null, "action", null);
        }
        return intercept.endpoint();
    }

    /**
     * Checks the eligibility answer allows the action now: INVALID_STATE when UPS does not, and for
     * RESCHEDULE, INVALID_REQUEST when the day is not one UPS offers.
     */
    public static void checkEligible(NdrActionRequest request, JsonNode eligibility) {
        JsonNode response = eligibility.path("response");
        if (response.path("success").isBoolean() && !response.path("success").asBoolean()) {
            throw UpsErrors.refused(response, "UPS could not tell whether " + request.shipment().awb() + " can be intercepted");
        }
        String feature = INTERCEPTS.get(request.action()).feature();
        JsonNode value = UpsJson.list(response.path("commonEligibilityMap")).stream()
                .filter(e -> feature.equals(UpsJson.text(e, "interceptFeature"))).map(e -> e.path("eligibilityValue"))
                .findFirst().orElse(null);
        String create = value == null ? null : UpsJson.text(value, "createEligibility");
        if (!ELIGIBLE.equals(create)) {
            throw new CarrierException(CarrierErrorCategory.INVALID_STATE, UpsCarrier.CODE, create == null ? "NOT_OFFERED" : create,
                    "UPS does not allow " + request.action() + " (" + feature + ") for " + request.shipment().awb() + " now", false);
        }
        if (request.action() == NdrAction.RESCHEDULE) {
            if (request.deferredDate() == null) {
                throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, UpsCarrier.CODE, "DATE_REQUIRED",
                        "a reschedule needs the day of delivery", false, null, "deferredDate", null);
            }
            List<LocalDate> offered = UpsJson.list(value.path("dateOptionsforFutureDelivery")).stream()
                    .map(d -> UpsTime.date(UpsJson.text(d, "date"))).toList();
            if (!offered.isEmpty() && !offered.contains(request.deferredDate())) {
                throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, UpsCarrier.CODE, "DATE_NOT_OFFERED",
                        "UPS offers delivery on " + offered + " only", false, null, "deferredDate", null);
            }
        }
    }

    public static ObjectNode request(NdrActionRequest request, UpsSettings settings) {
        ObjectNode body = UpsJson.object();
        body.put("requestType", INTERCEPTS.get(request.action()).requestType());
        body.put("specialInstructions", request.remarks() == null || request.remarks().isBlank() ? "Delivery change requested by the shipper"
                : request.remarks().length() <= 254 ? request.remarks() : request.remarks().substring(0, 254));
        ObjectNode contact = body.putObject("requesterContactInfo");
        contact.put("name", required(settings.contactName(), UpsSettings.CONTACT_NAME));
        contact.put("telephone", required(settings.contactPhone(), UpsSettings.CONTACT_PHONE));
        switch (request.action()) {
            case RESCHEDULE -> body.put("deliveryDate", request.deferredDate().format(DATE));
            case CHANGE_ADDRESS -> body.set("newDeliveryAddress", newAddress(request.newAddress()));
            case RETURN_TO_ORIGIN -> body.put("reasonForReturn", OTHER_NON_DELIVERY);
            default -> endpoint(request.action());
        }
        return body;
    }

    public static NdrActionResult parse(NdrActionRequest request, JsonNode answer) {
        JsonNode result = answer.has("response") ? answer.path("response") : answer;
        if (!result.path("success").asBoolean(false)) {
            throw UpsErrors.refused(result, "UPS did not accept " + request.action() + " for " + request.shipment().awb());
        }
        return new NdrActionResult(UpsJson.text(result, "transactionId"), NdrActionResult.Status.ACCEPTED, UpsJson.text(result, "statusMsg"));
    }

    private static ObjectNode newAddress(Address address) {
        if (address == null) {
            throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, UpsCarrier.CODE, "ADDRESS_REQUIRED",
                    "a change of address needs the new address", false, null, "newAddress", null);
        }
        ObjectNode node = UpsJson.object();
        node.put("addressNickName", "New address");
        ObjectNode info = node.putObject("addressInfo");
        info.put("addressLine1", address.street1());
        UpsJson.putIfPresent(info, "addressLine2", address.street2());
        info.put("city", address.city());
        UpsJson.putIfPresent(info, "state", address.state());
        UpsJson.putIfPresent(info, "postalCode", address.postalCode());
        info.put("countryCode", address.country());
        UpsJson.putIfPresent(info, "fullName", address.name());
        String name = address.company() != null ? address.company() : address.name();
        UpsJson.putIfPresent(node, "nameOrCompanyName", name);
        UpsJson.putIfPresent(node, "contactName", address.name());
        if (address.phone() != null && !address.phone().isBlank()) {
            node.put("phoneNumber", "+" + UpsParties.phoneDigits(address.phone()));
        }
        return node;
    }

    private static String required(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new CarrierException(CarrierErrorCategory.INVALID_REQUEST, UpsCarrier.CODE, "INVALID_SETTING",
                    "the UPS account's setting " + setting + " is required for delivery intercepts", false, null, setting, null);
        }
        return value;
    }
}
