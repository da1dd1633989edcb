package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.shipgate.carrier.model.ProofOfDelivery;
import io.shipgate.carrier.model.ShipmentRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.shipgate.carrier.fedex.FedExTestSupport.assertRequest;
import static io.shipgate.carrier.fedex.FedExTestSupport.context;
import static io.shipgate.carrier.fedex.FedExTestSupport.fixture;
import static io.shipgate.carrier.fedex.FedExTestSupport.json;
import static io.shipgate.carrier.fedex.FedExTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

/** Signature proof of delivery: {@code POST /track/v1/trackingdocuments}, completed with the delivery's tracking. */
@WireMockTest
class FedExProofOfDeliveryTest {

    private static final String DOCUMENTS = "/track/v1/trackingdocuments";

    private final FedExCarrier fedex = new FedExCarrier();
    private WireMockRuntimeInfo wm;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        this.wm = wm;
        FedExTestSupport.stubToken(wm.getWireMock());
        wm.getWireMock().register(post(urlEqualTo(DOCUMENTS)).willReturn(okJson(fixture("tracking/tracking_document_response.json"))));
        wm.getWireMock().register(post(urlEqualTo("/track/v1/trackingnumbers"))
                .willReturn(okJson(fixture("tracking/tracking_response_history.json"))));
    }

    @Test
    void theSignedLetterComesWithWhoSignedWhereAndWhen() {
        ProofOfDelivery proof = fedex.proofOfDelivery(context(wm.getHttpBaseUrl()), ShipmentRef.awb("794791341818"));

        JsonNode request = sent(wm.getWireMock(), "POST", DOCUMENTS);
        assertRequest(request, "tracking/expected_document_request.json");
        FedExContract.assertConformsTo(request, json("tracking/published_document_request.json"));

        assertThat(proof.awb()).isEqualTo("794791341818");
        assertThat(proof.signedBy()).isEqualTo("J.DOE");
        assertThat(proof.deliveryLocation()).isEqualTo("Front Desk");
        assertThat(proof.deliveredAt()).isEqualTo(OffsetDateTime.parse("2024-07-23T14:12:00-07:00"));
        assertThat(proof.documents()).singleElement().satisfies(letter -> {
            assertThat(letter.contentType()).isEqualTo("application/pdf");
            assertThat(new String(letter.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        });
    }
}
