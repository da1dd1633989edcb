package io.shipgate.carrier.spi;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierJsonTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStoredPayloadLeavesOutTheNamedFieldsAtAnyDepthAndKeepsTheRest() {
        String payload = CarrierJson.withoutFields(json("""
                {"awb":"1Z9","total":38.50,"labels":[{"format":"PDF","encodedLabel":"JVBERi0x"},{"image":{"data":"x"}}],
                 "image":"top","note":null}"""), Set.of("encodedLabel", "image"));

        assertThat(payload).isEqualTo("{\"awb\":\"1Z9\",\"total\":38.50,\"labels\":[{\"format\":\"PDF\"},{}],\"note\":null}");
    }

    @Test
    void anAnswerThatIsNotJsonHasNoPayload() {
        assertThat(CarrierJson.withoutFields(json("<html>502 Bad Gateway</html>"), Set.of("image"))).isNull();
        assertThat(CarrierJson.withoutFields(new byte[0], Set.of("image"))).isNull();
        assertThat(CarrierJson.withoutFields(null, Set.of("image"))).isNull();
    }
}
