package io.shipgate.gateway.ratecard;

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
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A carrier account's rate cards, one per service: upload (CSV or JSON), list, read as JSON, download as CSV. */
@RestController
@RequestMapping("/v1/carrier-accounts/{id}/rate-cards")
@Tag(name = "Rate cards", description = "Price lists per carrier service, for carriers without a rate API and for fast quotes.")
class RateCardController {

    static final String CSV = "text/csv";
    static final String CSV_EXAMPLE = """
            section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price
            setting,currency,INR,,,,,,,
            setting,country,IN,,,,,,,
            setting,volumetric_divisor,5000,,,,,,,
            setting,fuel_surcharge_percent,12.5,,,,,,,
            zone,,,LOCAL,1100,1100,,,,
            zone,,,NATIONAL,*,*,,,,
            slab,,,LOCAL,,,0,0.5,,30.00
            slab,,,NATIONAL,,,0,0.5,,55.00
            additional,,,NATIONAL,,,,,0.5,45.00
            """;

    private final RateCardService service;

    RateCardController(RateCardService service) {
        this.service = service;
    }

    @PutMapping(path = "/{service}", consumes = {CSV, MediaType.APPLICATION_JSON_VALUE})
    @Operation(operationId = "uploadRateCard", summary = "Replace a carrier service's rate card", description = """
            The service's price list as CSV (text/csv: one line per setting, zone lane, slab or additional step) or JSON \
            (application/json: the card as GET answers it), docs/decide.md, "Rate cards". All of it is checked first: a card with a \
            mistake is a 400 validation-error listing the first ones with their row (line number; 0 in JSON, where the field is \
            the JSON path) and field, and the card in force stays. Otherwise it becomes the next version, in force at once on this \
            node and within seconds on the others; the version it replaces is kept as the previous one.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = CSV, schema = @Schema(type = "string", description = "CSV: a header, then a line per setting, "
                            + "zone lane, slab or additional step", example = CSV_EXAMPLE)),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                            description = "The card in JSON: the fields of RateCard (GET's answer) from currency on; the version's fields are ignored"))}))
    @ExampleBodies(request = "rate-card-request", response = "rate-card-summary")
    @ErrorResponses(404)
    RateCardSummaryView upload(Tenant tenant, @PathVariable UUID id,
                               @Parameter(description = "The carrier's service code the card prices", example = "surface")
                               @PathVariable("service") String carrierService,
                               @RequestBody byte[] body, @Parameter(hidden = true) @RequestHeader("Content-Type") String contentType) {
        RateCardFile.Format format = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)
                ? RateCardFile.Format.JSON : RateCardFile.Format.CSV;
        return service.upload(tenant.id(), id, carrierService, body, format);
    }

    @GetMapping
    @Operation(operationId = "listRateCards", summary = "List a carrier account's rate cards",
            description = "The cards in force, one per service: version, currency, size, when uploaded, where to read them.")
    @ExampleBodies(response = "rate-card-list")
    @ErrorResponses(404)
    RateCardList list(Tenant tenant, @PathVariable UUID id) {
        return service.list(tenant.id(), id);
    }

    @GetMapping("/{service}")
    @Operation(operationId = "getRateCard", summary = "Get a carrier service's rate card",
            description = "The card in force as JSON, with its version; edit it and PUT it back as application/json. 404 when none.")
    @ExampleBodies(response = "rate-card")
    @ErrorResponses(404)
    RateCardView get(Tenant tenant, @PathVariable UUID id, @PathVariable("service") String carrierService) {
        return service.get(tenant.id(), id, carrierService);
    }

    @GetMapping(path = "/{service}/csv", produces = CSV)
    @Operation(operationId = "downloadRateCard", summary = "Download a carrier service's rate card as CSV",
            description = "The card in force in the upload's CSV format (settings, then per zone its lanes, slabs and step): edit it and PUT it back.",
            responses = @ApiResponse(responseCode = "200", description = "The card as CSV", content = @Content(mediaType = CSV,
                    schema = @Schema(type = "string", description = "The card as CSV", example = CSV_EXAMPLE))))
    @ErrorResponses(404)
    ResponseEntity<byte[]> csv(Tenant tenant, @PathVariable UUID id, @PathVariable("service") String carrierService) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"rate-card-" + carrierService + "-" + id + ".csv\"")
                .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .body(service.csv(tenant.id(), id, carrierService));
    }
}
