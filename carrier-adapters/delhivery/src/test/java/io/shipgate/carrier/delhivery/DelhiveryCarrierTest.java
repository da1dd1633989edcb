package io.shipgate.carrier.delhivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.http.CarrierHttpResponse;
import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierCapabilities;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import static io.shipgate.carrier.delhivery.DelhiveryFixtures.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** The descriptor, the account's settings and the classification of Delhivery's refusals. */
class DelhiveryCarrierTest {

    @Test
    void theAdapterIsFoundByServiceLoaderAndDeclaresWhatItImplements() {
        CarrierAdapter adapter = CarrierRegistry.load(getClass().getClassLoader()).find("delhivery").orElseThrow();
        CarrierCapabilities caps = adapter.descriptor().capabilities();
        assertThat(adapter.descriptor().defaultBaseUrl()).hasToString("https://track.delhivery.com");
        assertThat(caps.operations()).containsExactlyInAnyOrderElementsOf(EnumSet.of(Capability.RATES, Capability.CREATE_SHIPMENT,
                Capability.CANCEL_SHIPMENT, Capability.TRACK, Capability.WEBHOOK_TRACKING, Capability.SERVICEABILITY,
                Capability.SCHEDULE_PICKUP, Capability.CREATE_RETURN, Capability.NDR_ACTION));
        assertThat(caps.labelFormats()).containsExactly(LabelFormat.PDF);
        assertThat(caps.cashOnDelivery()).isTrue();
        assertThat(caps.international()).as("Delhivery B2C is domestic India").isFalse();
        assertThat(caps.multiPiece()).isFalse();
        assertThat(adapter.descriptor().accountFields()).extracting(AccountField::name, AccountField::secret, AccountField::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("api_token", true, true),
                        org.assertj.core.groups.Tuple.tuple("webhook_token", true, false),
                        org.assertj.core.groups.Tuple.tuple("pickup_location", false, true));
    }

    @Test
    void settingsNameWhatIsWrongAndNeverShowTokens() {
        CarrierAccount account = new CarrierAccount(UUID.randomUUID(), "delhivery", Map.of("pickup_location", " KIRANA SURFACE "),
                Map.of("api_token", "secret-token", "webhook_token", "secret-webhook"));
        DelhiverySettings settings = DelhiverySettings.of(account);
        assertThat(settings.pickupLocation()).isEqualTo("KIRANA SURFACE");
        assertThat(settings.toString()).doesNotContain("secret");

        var missing = failure(() -> DelhiverySettings.of(new CarrierAccount(UUID.randomUUID(), "delhivery", Map.of(),
                Map.of("api_token", "t"))));
        assertThat(missing.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(missing.field()).isEqualTo("pickup_location");
        var address = failure(() -> DelhiverySettings.of(new CarrierAccount(UUID.randomUUID(), "delhivery",
                Map.of("pickup_location", "x".repeat(101)), Map.of("api_token", "t"))));
        assertThat(address.field()).isEqualTo("pickup_location");
        var noToken = failure(() -> DelhiverySettings.of(new CarrierAccount(UUID.randomUUID(), "delhivery",
                Map.of("pickup_location", "KIRANA SURFACE"), Map.of())));
        assertThat(noToken.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
    }

    /** Remarks Delhivery and integrators report, and what they mean. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Duplicate order id | INVALID_REQUEST | DUPLICATE_ORDER | reference",
            "ClientWarehouse matching query does not exist. | INVALID_REQUEST | UNKNOWN_PICKUP_LOCATION | ",
            "Crashing while saving package due to exception 'Pincode not serviceable'. | NOT_SERVICEABLE | NOT_SERVICEABLE | recipient.postalCode",
            "Non serviceable pin | NOT_SERVICEABLE | NOT_SERVICEABLE | recipient.postalCode",
            "Login or API Key Required | AUTHENTICATION | AUTHENTICATION | ",
            "Invalid token | AUTHENTICATION | AUTHENTICATION | ",
            "COD amount cannot be greater than total amount | INVALID_REQUEST | INVALID_COD | options.cod",
            "Weight should be greater than 0 | INVALID_REQUEST | INVALID_WEIGHT | parcels[0].weight",
            "Invalid consignee phone number | INVALID_REQUEST | INVALID_PHONE | recipient.phone",
            "Consignee address is too short | INVALID_REQUEST | INVALID_ADDRESS | recipient.street1",
            "An internal Error has occurred, Please get in touch with client.support@delhivery.com | INVALID_REQUEST | REJECTED | "})
    void remarksAreClassifiedByTheirWording(String remark, CarrierErrorCategory category, String code, String field) {
        var refused = DelhiveryErrors.refused("createShipment", remark, DelhiveryErrors.Fields.SHIPMENT);
        assertThat(refused.category()).isEqualTo(category);
        assertThat(refused.carrierCode()).isEqualTo(code);
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.getMessage()).contains(remark.strip());
    }

    @Test
    void aMobileNumberInDelhiverysTextIsMaskedButAWaybillIsNot() {
        var refused = DelhiveryErrors.refused("createShipment", "Invalid phone +91 9123456780 for waybill 36391910012345",
                DelhiveryErrors.Fields.SHIPMENT);
        assertThat(refused.getMessage()).doesNotContain("9123456780").contains("36391910012345").contains("**********");
    }

    @Test
    void httpStatusesWithoutAnythingBetterToSay() {
        assertThat(DelhiveryErrors.http("track", response(503, ""), DelhiveryErrors.Fields.NONE).category())
                .isEqualTo(CarrierErrorCategory.UNAVAILABLE);
        assertThat(DelhiveryErrors.http("track", response(504, ""), DelhiveryErrors.Fields.NONE).category())
                .isEqualTo(CarrierErrorCategory.TIMEOUT);
        var forbidden = DelhiveryErrors.http("track", response(403, "{\"detail\": \"You do not have permission\"}"), DelhiveryErrors.Fields.NONE);
        assertThat(forbidden.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION);
        assertThat(forbidden.getMessage()).contains("You do not have permission");
        var notFound = DelhiveryErrors.http("track", response(404, "<html>Not Found</html>"), DelhiveryErrors.Fields.NONE);
        assertThat(notFound.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
        assertThat(notFound.getMessage()).doesNotContain("<html>");
    }

    @Test
    void textIsReadFromEveryShapeDelhiveryUses() {
        for (String body : new String[]{"{\"error\": \"x\"}", "{\"rmk\": \"x\"}", "{\"remarks\": [\"\", \"x\"]}", "{\"error\": {\"message\": \"x\"}}",
                "{\"detail\": \"x\"}", "{\"Error\": \"x\"}"}) {
            JsonNode tree = DelhiveryFixtures.json(body);
            assertThat(DelhiveryErrors.text(tree)).as(body).contains("x");
        }
        assertThat(DelhiveryErrors.text(DelhiveryFixtures.json("{\"error\": true, \"rmk\": \"x\"}"))).as("a flag is not a reason").contains("x");
        assertThat(DelhiveryErrors.text(DelhiveryFixtures.json("{\"error\": true}"))).isEmpty();
    }

    private static CarrierHttpResponse response(int status, String body) {
        return new CarrierHttpResponse(status, HttpHeaders.of(Map.of(), (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
    }
}
