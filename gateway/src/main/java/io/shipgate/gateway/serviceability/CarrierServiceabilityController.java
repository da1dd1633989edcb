package io.shipgate.gateway.serviceability;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A carrier account's serviceability table: upload (CSV or JSON lines), summary, download. */
@RestController
@RequestMapping("/v1/carrier-accounts/{id}/serviceability")
@Tag(name = "Serviceability", description = "Which postal codes each carrier account serves, and which accounts can take a parcel.")
class CarrierServiceabilityController {

    static final String CSV = "text/csv";
    static final String CSV_EXAMPLE = """
            country,postal_code,prepaid,cod,cod_limit,pickup,reverse_pickup,oda,embargo
            IN,560001,Y,Y,,Y,Y,N,N
            IN,400001,Y,Y,1000.00,Y,Y,N,N
            IN,795001,Y,N,,N,N,Y,N
            """;
    /** One line of a JSON lines file (a body of several such lines is not one JSON value: its example is a line). */
    static final String JSON_LINE_EXAMPLE = """
            {"country":"IN","postal_code":"560001","prepaid":true,"cod":true,"cod_limit":"1000.00","pickup":true,"reverse_pickup":true}""";


    private final ServiceabilityService service;

    CarrierServiceabilityController(ServiceabilityService service) {
        this.service = service;
    }

    @PutMapping(consumes = {CSV, MediaType.APPLICATION_NDJSON_VALUE})
    @Operation(operationId = "uploadServiceability", summary = "Replace a carrier account's serviceability table", description = """
            The postal codes the account serves and how, as CSV (text/csv, with a header) or JSON lines (application/x-ndjson), \
            docs/decide.md. Every row is checked first: a file with a mistake is a 400 validation-error listing the first ones \
            with their row (line number) and column, and the table in force stays. Otherwise the file becomes the next version, \
            in force at once on this node and within seconds on the others; the version it replaces is kept as the previous one.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = CSV, schema = @Schema(type = "string", description = "CSV: a header, then a row per postal code",
                            example = CSV_EXAMPLE)),
                    // a JSON lines body is described by its line (OpenAPI 3.2's itemSchema): one object per postal code
                    @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE, schema = @Schema(type = "object",
                            description = "JSON lines: each line one such object, a postal code (docs/decide.md)",
                            example = JSON_LINE_EXAMPLE))}))
    @ExampleBodies(response = "serviceability-table")
    @ErrorResponses(404)
    ServiceabilityTableView upload(Tenant tenant, @PathVariable UUID id, @RequestBody byte[] body,
                                   @Parameter(hidden = true) @RequestHeader("Content-Type") String contentType,
                                   @Parameter(description = "The currency of the file's cod_limit amounts (ISO 4217); required when a row "
                                           + "has one", example = "INR")
                                   @RequestParam(required = false) String currency) {
        ServiceabilityFile.Format format = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_NDJSON)
                ? ServiceabilityFile.Format.JSON_LINES : ServiceabilityFile.Format.CSV;
        return service.upload(tenant.id(), id, body, format, currency);
    }

    @GetMapping
    @Operation(operationId = "getServiceability", summary = "Get a carrier account's serviceability table",
            description = "The version in force: its number, rows, currency, when it was uploaded, and where to download it. "
                    + "404 when the account has none.")
    @ExampleBodies(response = "serviceability-table")
    @ErrorResponses(404)
    ServiceabilityTableView get(Tenant tenant, @PathVariable UUID id) {
        return service.summary(tenant.id(), id);
    }

    @GetMapping(path = "/csv", produces = CSV)
    @Operation(operationId = "downloadServiceability", summary = "Download a carrier account's serviceability table as CSV",
            description = "The version in force in the upload's CSV format, sorted by country and postal code: edit it and PUT it back.",
            responses = @ApiResponse(responseCode = "200", description = "The table as CSV", content = @Content(mediaType = CSV,
                    schema = @Schema(type = "string", description = "The table as CSV", example = CSV_EXAMPLE))))
    @ErrorResponses(404)
    ResponseEntity<byte[]> csv(Tenant tenant, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"serviceability-" + id + ".csv\"")
                .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .body(service.csv(tenant.id(), id));
    }
}
