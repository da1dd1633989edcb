package io.shipgate.carrier.simulator;

import io.shipgate.carrier.simulator.label.PrintFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A label purchase ({@code POST /v1/shipments}) or customer return ({@code POST /v1/returns}) as
 * the simulated carrier reads it. Reading checks every field (400 naming it), then whether the
 * carrier serves it (422).
 *
 * @param returnShipment a customer return: RETURN on the label, return statuses in tracking
 * @param labelFormats   the documents to print; all three when the request names none
 */
record ShipmentOrder(SandboxService service, Lane lane, List<ParcelSpec> parcels, String reference, Amount cod,
                     Amount declaredValue, boolean returnShipment, LocalDate shipDate, Set<PrintFormat> labelFormats) {

    private static final Set<String> SIGNATURES = Set.of("NONE", "STANDARD", "ADULT");
    private static final Set<String> CONTENT_TYPES = Set.of("MERCHANDISE", "DOCUMENTS", "GIFT", "SAMPLE", "RETURNED_GOODS", "OTHER");
    private static final Set<String> INCOTERMS = Set.of("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "DDU");
    private static final Set<String> DUTIES_PAYERS = Set.of("SENDER", "RECIPIENT", "THIRD_PARTY");
    private static final Set<String> FORMATS = Arrays.stream(PrintFormat.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern HS_CODE = Pattern.compile("\\d{4}(\\.?\\d{2}){1,3}");
    private static final int MAX_PARCELS = 50;
    private static final int MAX_CUSTOMS_ITEMS = 100;

    /**
     * Reads a shipment request.
     *
     * @param customerReturn true for {@code POST /v1/returns}: the service defaults to {@code sandbox_return},
     *                       {@code shipper} is the customer and {@code recipient} the warehouse
     */
    static ShipmentOrder read(JsonFields request, boolean customerReturn, Instant now) {
        SandboxService service = service(request, customerReturn);
        Lane lane = new Lane(Party.read(request.object("shipper"), true), Party.read(request.object("recipient"), true));
        List<ParcelSpec> parcels = request.objects("parcels", MAX_PARCELS).stream().map(ParcelSpec::read).toList();
        String reference = request.optionalText("reference", 60);
        Amount cod = Amount.read(request, "cod");
        Amount declaredValue = Amount.read(request, "declared_value");
        request.optionalChoice("signature", SIGNATURES);
        boolean returnShipment = customerReturn || request.flag("is_return");
        if (customerReturn) {
            String originalAwb = request.optionalText("original_awb", SandboxAwb.LENGTH);
            if (originalAwb != null && !SandboxAwb.isValid(originalAwb)) {
                throw request.invalid("original_awb", "is not a sandbox AWB");
            }
            request.optionalText("reason", 200);
        }
        JsonFields customs = request.optionalObject("customs");
        if (customs != null) {
            checkCustoms(customs);
        } else if (!lane.domestic()) {
            throw request.invalid("customs", "is required for a shipment to another country");
        }
        LocalDate shipDate = lane.shipDate(request, now);
        List<String> formats = request.choices("label_formats", FORMATS);
        Set<PrintFormat> labelFormats = formats.isEmpty() ? EnumSet.allOf(PrintFormat.class)
                : formats.stream().map(PrintFormat::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(PrintFormat.class)));

        Coverage.require(lane, cod, "shipper", "recipient");
        if (!service.offeredOn(lane)) {
            throw SimulatorError.notServiceable("service_code", service.code + " is only offered within one country");
        }
        return new ShipmentOrder(service, lane, parcels, reference, cod, declaredValue, returnShipment, shipDate, labelFormats);
    }

    private static SandboxService service(JsonFields request, boolean customerReturn) {
        String code = request.optionalText("service_code", 40);
        if (code == null && customerReturn) {
            return SandboxService.RETURN;
        }
        if (code == null) {
            throw request.invalid("service_code", "is required");
        }
        return SandboxService.byCode(code).filter(s -> (s == SandboxService.RETURN) == customerReturn)
                .orElseThrow(() -> request.invalid("service_code", "is not a sandbox " + (customerReturn ? "return" : "shipping")
                        + " service: use " + (customerReturn ? SandboxService.RETURN.code
                        : SandboxService.FORWARD.stream().map(s -> s.code).collect(Collectors.joining(", ")))));
    }

    private static void checkCustoms(JsonFields customs) {
        customs.choice("content_type", CONTENT_TYPES);
        customs.choice("incoterm", INCOTERMS);
        customs.choice("duties_payer", DUTIES_PAYERS);
        for (JsonFields item : customs.objects("items", MAX_CUSTOMS_ITEMS)) {
            item.text("description", 200);
            item.positiveInt("quantity");
            if (Amount.read(item, "unit_value") == null) {
                throw item.invalid("unit_value", "is required");
            }
            item.positiveInt("unit_weight_grams");
            if (!COUNTRY.matcher(item.text("origin_country", 2)).matches()) {
                throw item.invalid("origin_country", "must be an ISO 3166-1 alpha-2 code such as US");
            }
            String hsCode = item.optionalText("hs_code", 13);
            if (hsCode != null && !HS_CODE.matcher(hsCode).matches()) {
                throw item.invalid("hs_code", "must be a Harmonized System code of 6 to 10 digits");
            }
        }
    }
}
