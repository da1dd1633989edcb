package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.delhivery.DelhiveryErrors.Fields;
import io.shipgate.carrier.http.CarrierHttpRequest;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.spi.CarrierContext;
import io.shipgate.carrier.spi.CarrierJson;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP and authentication for Delhivery, nothing else: one method per endpoint, each sending the
 * account's {@code Authorization: Token <api_token>} through the SPI's shared transport. Requests
 * are the operations' wire records, written as JSON; answers come back as the carrier's bytes (the
 * edit API's as the whole response: it may answer XML) for the mappers to read; non-2xx answers are
 * thrown as {@link DelhiveryErrors} makes them. Refusals inside 200 answers are the mappers' to read.
 */
public final class DelhiveryClient {

    /** Operation names, as the transport's metrics and the error messages know them. */
    public static final String PINCODE = "pincode";
    public static final String RATES = "rates";
    public static final String CREATE_SHIPMENT = "createShipment";
    public static final String LABEL = "label";
    public static final String CANCEL_SHIPMENT = "cancelShipment";
    public static final String TRACK = "track";
    public static final String NDR_ACTION = "ndrAction";
    public static final String CREATE_RETURN = "createReturn";
    public static final String SCHEDULE_PICKUP = "schedulePickup";

    /** The packing slip's size for a 4 x 6 inch thermal label (Delhivery's other size is A4). */
    static final String LABEL_SIZE = "4R";

    /** {@code GET /c/api/pin-codes/json/?filter_codes=}: what Delhivery offers at one pincode. */
    public byte[] pincode(CarrierContext ctx, DelhiverySettings settings, String pin) {
        return get(ctx, settings, PINCODE, "/c/api/pin-codes/json/", Map.of("filter_codes", pin), Fields.NONE);
    }

    /** {@code GET /api/kinko/v1/invoice/charges/.json}: the charges of one mode on a lane. */
    public byte[] charges(CarrierContext ctx, DelhiverySettings settings, Map<String, String> query) {
        return get(ctx, settings, RATES, "/api/kinko/v1/invoice/charges/.json", query, Fields.RATE);
    }

    /**
     * {@code POST /api/cmu/create.json}, form-encoded {@code format=json&data=<json>}: manifests
     * forward shipments and reverse pickups alike.
     */
    public byte[] manifest(CarrierContext ctx, DelhiverySettings settings, String operation, Object data, Fields fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("format", "json");
        form.put("data", new String(CarrierJson.write(data), StandardCharsets.UTF_8));
        CarrierHttpRequest.Builder request = authorized(ctx, settings, operation, "POST", "/api/cmu/create.json").form(form);
        return answer(operation, request.send(ctx.transport()), fields).body();
    }

    /** {@code GET /api/p/packing_slip?wbns=&pdf=true}: the label of a waybill, as a PDF link or the PDF itself. */
    public byte[] packingSlip(CarrierContext ctx, DelhiverySettings settings, String waybill) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("wbns", waybill);
        query.put("pdf", "true");
        query.put("pdf_size", LABEL_SIZE);
        return get(ctx, settings, LABEL, "/api/p/packing_slip", query, Fields.NONE);
    }

    /**
     * The PDF behind a packing slip's download link, through the shared transport. The link is
     * pre-signed storage: the API token is not sent with it, and only an HTTPS link (or one on the
     * account's own Delhivery endpoint) is followed.
     */
    public byte[] download(CarrierContext ctx, URI link) {
        URI base = ctx.endpoint().baseUrl();
        boolean sameOrigin = link.getScheme() != null && link.getScheme().equalsIgnoreCase(base.getScheme())
                && link.getHost() != null && link.getHost().equalsIgnoreCase(base.getHost()) && link.getPort() == base.getPort();
        if (!"https".equalsIgnoreCase(link.getScheme()) && !sameOrigin) {
            throw DelhiveryErrors.unexpected("UNTRUSTED_LABEL_LINK", "Delhivery's label link is neither HTTPS nor on its API; not followed");
        }
        CarrierHttpResponse response = CarrierHttpRequest.builder(ctx.carrier(), LABEL, "GET", link)
                .timeout(ctx.endpoint().timeout()).header("Accept", "application/pdf").send(ctx.transport());
        if (!response.isSuccess()) {
            throw DelhiveryErrors.http(LABEL, response, Fields.NONE);
        }
        return response.body();
    }

    /** {@code GET /api/v1/packages/json/?waybill=}: a shipment's status and scans. */
    public byte[] track(CarrierContext ctx, DelhiverySettings settings, String waybill) {
        return get(ctx, settings, TRACK, "/api/v1/packages/json/", Map.of("waybill", waybill), Fields.NONE);
    }

    /** {@code POST /api/p/edit}: changes a manifested shipment, or cancels it with {@code "cancellation": "true"}. */
    public CarrierHttpResponse edit(CarrierContext ctx, DelhiverySettings settings, String operation, Object body) {
        return postJson(ctx, settings, operation, "/api/p/edit", body, Fields.SHIPMENT);
    }

    /** {@code POST /api/p/update}: an NDR action, processed asynchronously (the answer is a request id). */
    public byte[] update(CarrierContext ctx, DelhiverySettings settings, Object body) {
        return postJson(ctx, settings, NDR_ACTION, "/api/p/update", body, Fields.NONE).body();
    }

    /** {@code POST /fm/request/new/}: a pickup at a registered warehouse. */
    public byte[] pickupRequest(CarrierContext ctx, DelhiverySettings settings, Object body) {
        return postJson(ctx, settings, SCHEDULE_PICKUP, "/fm/request/new/", body, Fields.NONE).body();
    }

    private static byte[] get(CarrierContext ctx, DelhiverySettings settings, String operation, String path,
                              Map<String, String> query, Fields fields) {
        CarrierHttpRequest.Builder request = authorized(ctx, settings, operation, "GET", path).query(query);
        return answer(operation, request.send(ctx.transport()), fields).body();
    }

    private static CarrierHttpResponse postJson(CarrierContext ctx, DelhiverySettings settings, String operation, String path,
                                                Object body, Fields fields) {
        CarrierHttpRequest.Builder request = authorized(ctx, settings, operation, "POST", path).json(CarrierJson.write(body));
        return answer(operation, request.send(ctx.transport()), fields);
    }

    private static CarrierHttpRequest.Builder authorized(CarrierContext ctx, DelhiverySettings settings, String operation,
                                                         String method, String path) {
        return ctx.request(operation, method, path)
                .header("Authorization", "Token " + settings.apiToken())
                .header("Accept", "application/json");
    }

    private static CarrierHttpResponse answer(String operation, CarrierHttpResponse response, Fields fields) {
        if (!response.isSuccess()) {
            throw DelhiveryErrors.http(operation, response, fields);
        }
        return response;
    }
}
