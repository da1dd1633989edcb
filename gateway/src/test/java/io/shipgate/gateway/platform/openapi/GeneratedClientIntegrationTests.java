package io.shipgate.gateway.platform.openapi;

import io.shipgate.client.ApiClient;
import io.shipgate.client.ApiException;
import io.shipgate.client.api.CarrierAccountsApi;
import io.shipgate.client.api.RatesApi;
import io.shipgate.client.api.ShipmentsApi;
import io.shipgate.client.api.TrackingApi;
import io.shipgate.client.model.AddressView;
import io.shipgate.client.model.CarrierAccountView;
import io.shipgate.client.model.CreateCarrierAccountRequest;
import io.shipgate.client.model.CreateShipmentRequest;
import io.shipgate.client.model.DimensionUnit;
import io.shipgate.client.model.DimensionsView;
import io.shipgate.client.model.MoneyView;
import io.shipgate.client.model.ParcelView;
import io.shipgate.client.model.Problem;
import io.shipgate.client.model.RateQuoteView;
import io.shipgate.client.model.RatesView;
import io.shipgate.client.model.ShipmentCancellationView;
import io.shipgate.client.model.ShipmentView;
import io.shipgate.client.model.ShipmentOptionsView;
import io.shipgate.client.model.ShopRatesRequest;
import io.shipgate.client.model.TrackingView;
import io.shipgate.client.model.TrackingStatus;
import io.shipgate.client.model.WeightUnit;
import io.shipgate.client.model.WeightView;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A merchant's SDK: the Java client openapi-generator makes from docs/openapi.json (the build
 * generates it, library native with Jackson) ships a parcel against the running gateway: carrier
 * account, rates, label purchase, the shipment read back, its PDF label, tracking, cancel, and a
 * problem read as the document's Problem.
 */
class GeneratedClientIntegrationTests extends ApiIntegrationTest {

    private ApiClient client;

    @BeforeEach
    void aClientWithTheMerchantsKey() {
        client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + merchant.key()));
    }

    @Test
    void aGeneratedClientShipsAParcelFromRatesToCancel() throws Exception {
        CarrierAccountView account = new CarrierAccountsApi(client).createCarrierAccount(new CreateCarrierAccountRequest()
                .carrier("sandbox").name("SDK account").credentials(Map.of("api_key", "sdk-key")));
        assertThat(account.getEnabled()).isTrue();

        // the client writes the declared value's amount as a JSON number: requests take numbers and decimal strings
        ShipmentOptionsView insured = new ShipmentOptionsView().declaredValue(new MoneyView().amount(new BigDecimal("37.50")).currency("USD"));
        RatesView rates = new RatesApi(client).shopRates(new ShopRatesRequest()
                .shipper(new AddressView().postalCode("10005").country("US"))
                .recipient(new AddressView().postalCode("94105").country("US"))
                .parcels(List.of(parcel())).options(insured));
        assertThat(rates.getFailures()).isEmpty();
        RateQuoteView cheapest = rates.getQuotes().getFirst();
        assertThat(cheapest.getCarrierAccountId()).isEqualTo(account.getId());
        assertThat(cheapest.getTotal().getAmount()).isPositive();
        assertThat(cheapest.getTotal().getCurrency()).isEqualTo("USD");

        ShipmentsApi shipments = new ShipmentsApi(client);
        ShipmentView created = shipments.createShipment(new CreateShipmentRequest()
                .carrierAccountId(account.getId()).service(cheapest.getService()).reference("SDK-1")
                .shipper(new AddressView().name("Ada Shipper").street1("11 Wall St").city("New York").state("NY")
                        .postalCode("10005").country("US"))
                .recipient(new AddressView().name("Grace Recipient").street1("1 Market St").city("San Francisco").state("CA")
                        .postalCode("94105").country("US"))
                .parcels(List.of(parcel()))
                .options(insured),
                "sdk-order-1");
        assertThat(created.getAwb()).isNotBlank();
        assertThat(created.getStatus()).isEqualTo(TrackingStatus.MANIFESTED);
        assertThat(created.getChargedAmount().getAmount()).isEqualByComparingTo(cheapest.getTotal().getAmount());
        assertThat(created.getOptions().getDeclaredValue().getAmount()).isEqualByComparingTo("37.50");

        ShipmentView read = shipments.getShipment(created.getId());
        assertThat(read.getAwb()).isEqualTo(created.getAwb());
        assertThat(read.getReference()).isEqualTo("SDK-1");

        File label = shipments.getLabel(created.getId(), "pdf", null, null);
        assertThat(new String(Files.readAllBytes(label.toPath()), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Files.delete(label.toPath());

        TrackingView tracking = new TrackingApi(client).getTracking(created.getId(), false);
        assertThat(tracking.getAwb()).isEqualTo(created.getAwb());
        assertThat(tracking.getEvents()).isNotEmpty();
        assertThat(tracking.getEvents().getFirst().getStatus()).isEqualTo(TrackingStatus.MANIFESTED);

        ShipmentCancellationView cancelled = shipments.cancelShipment(created.getId());
        assertThat(cancelled.getOutcome()).isEqualTo(ShipmentCancellationView.OutcomeEnum.CANCELLED);
        assertThat(cancelled.getStatus()).isEqualTo(TrackingStatus.CANCELLED);
        assertThat(cancelled.getCancelledAt()).isNotNull();

        ApiException missing = catchThrowableOfType(ApiException.class, () -> shipments.getShipment(UUID.randomUUID()));
        assertThat(missing.getCode()).isEqualTo(404);
        Problem problem = client.getObjectMapper().readValue(missing.getResponseBody(), Problem.class);
        assertThat(problem.getType().toString()).isEqualTo("https://shipgate.dev/problems/not-found");
        assertThat(problem.getStatus()).isEqualTo(404);
    }

    private static ParcelView parcel() {
        return new ParcelView().weight(new WeightView().value(new BigDecimal("2.5")).unit(WeightUnit.LB))
                .dimensions(new DimensionsView().length(new BigDecimal("12")).width(new BigDecimal("9")).height(new BigDecimal("6"))
                        .unit(DimensionUnit.IN));
    }
}
