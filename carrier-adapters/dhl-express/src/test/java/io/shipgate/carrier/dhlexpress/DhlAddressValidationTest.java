package io.shipgate.carrier.dhlexpress;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.AddressValidation;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.CARRIER;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.context;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.fixture;
import static io.shipgate.carrier.dhlexpress.DhlTestAccount.path;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class DhlAddressValidationTest {

    private static final Address MANHATTAN = new Address("Jane Smith", "Customer Inc", "+1 987 654 3210", null, "123 Main Street",
            "Floor 5", "New York", "NY", "10001", "US", null);

    @Test
    void aPlaceDhlDeliversToIsValidAsDhlSpellsIt(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/address-validate"))).willReturn(okJson(fixture("address/response.json"))));

        AddressValidation validation = CARRIER.validateAddress(context(wm), MANHATTAN);

        verify(getRequestedFor(urlPathEqualTo(path("/address-validate")))
                .withHeader("Authorization", equalTo(DhlTestAccount.AUTHORIZATION))
                .withQueryParam("type", equalTo("delivery"))
                .withQueryParam("countryCode", equalTo("US"))
                .withQueryParam("postalCode", equalTo("10001"))
                .withQueryParam("cityName", equalTo("New York"))
                .withQueryParam("strictValidation", equalTo("true")));
        assertThat(validation.verdict()).isEqualTo(AddressValidation.Verdict.VALID);
        assertThat(validation.residential()).isNull();
        assertThat(validation.messages()).containsExactly("Address has been corrected");
        assertThat(validation.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.city()).isEqualTo("NEW YORK");
            assertThat(candidate.postalCode()).isEqualTo("10001");
            assertThat(candidate.street1()).isEqualTo("123 Main Street");
        });
    }

    @Test
    void aPlaceDhlDoesNotKnowIsInvalid(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo(path("/address-validate"))).willReturn(notFound()));

        AddressValidation validation = CARRIER.validateAddress(context(wm), MANHATTAN);

        assertThat(validation.verdict()).isEqualTo(AddressValidation.Verdict.INVALID);
        assertThat(validation.candidates()).isEmpty();
        assertThat(validation.messages()).isNotEmpty();
    }
}
