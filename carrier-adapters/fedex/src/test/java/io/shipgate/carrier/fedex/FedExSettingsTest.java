package io.shipgate.carrier.fedex;

import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FedExSettingsTest {

    private static final Map<String, String> CREDENTIALS = Map.of("client_id", "key", "client_secret", "s3cr3t-value");

    @Test
    void anAccountNeedsItsProjectsKeysAndItsAccountNumber() {
        FedExSettings settings = FedExSettings.of(account(Map.of("account_number", " 740561073 ")));

        assertThat(settings.accountNumber()).isEqualTo("740561073");
        assertThat(settings.pickupType()).isEqualTo("DROPOFF_AT_FEDEX_LOCATION");
        assertThat(settings.pickupCarrierCode()).isEqualTo("FDXE");
        assertThat(settings.documentsBaseUrl()).isNull();
        assertThat(settings.webhookSecurityToken()).isNull();
        assertThat(settings.toString()).doesNotContain("s3cr3t-value");
        assertThat(FedExSettings.accountFields()).filteredOn(AccountField::secret).extracting(AccountField::name)
                .containsExactly("client_id", "client_secret", "webhook_security_token");
    }

    @Test
    void optionalSettingsAreRead() {
        FedExSettings settings = FedExSettings.of(account(Map.of("account_number", "740561073", "pickup_type", "USE_SCHEDULED_PICKUP",
                "pickup_carrier_code", "FDXG", "documents_base_url", "https://documentapitest.prod.fedex.com/sandbox")));

        assertThat(settings.pickupType()).isEqualTo("USE_SCHEDULED_PICKUP");
        assertThat(settings.pickupCarrierCode()).isEqualTo("FDXG");
        assertThat(settings.documentsBaseUrl()).isEqualTo(URI.create("https://documentapitest.prod.fedex.com/sandbox"));
    }

    @Test
    void aBadSettingIsNamed() {
        assertInvalid(Map.of(), "account_number");
        assertInvalid(Map.of("account_number", "74056-1073"), "account_number");
        assertInvalid(Map.of("account_number", "740561073", "pickup_type", "DRONE"), "pickup_type");
        assertInvalid(Map.of("account_number", "740561073", "pickup_carrier_code", "FXFR"), "pickup_carrier_code");
        assertInvalid(Map.of("account_number", "740561073", "documents_base_url", "documentapi.prod.fedex.com"), "documents_base_url");
    }

    @Test
    void aMissingSecretIsAnAuthenticationProblem() {
        assertThatThrownBy(() -> FedExSettings.of(new CarrierAccount(UUID.randomUUID(), "fedex", Map.of("account_number", "740561073"),
                Map.of("client_id", "key")))).isInstanceOfSatisfying(CarrierException.class,
                e -> assertThat(e.category()).isEqualTo(CarrierErrorCategory.AUTHENTICATION));
    }

    private static void assertInvalid(Map<String, String> settings, String setting) {
        assertThatThrownBy(() -> FedExSettings.of(account(settings))).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.category()).isEqualTo(CarrierErrorCategory.INVALID_REQUEST);
            assertThat(e.field()).isEqualTo(setting);
            assertThat(e.getMessage()).contains(setting);
        });
    }

    private static CarrierAccount account(Map<String, String> settings) {
        return new CarrierAccount(UUID.randomUUID(), "fedex", new HashMap<>(settings), CREDENTIALS);
    }
}
