package io.shipgate.gateway.batch;

import io.shipgate.carrier.testkit.LabelScanner;
import io.shipgate.gateway.testing.Api;
import io.shipgate.gateway.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Label profiles through the REST API: every profile's output of a sandbox label is read back and its barcode decoded
 * with ZXing (the label placed at its own size, never shrunk), the tenant's default applies when a request names none,
 * and a profile's fields are checked together.
 */
class LabelProfileIntegrationTests extends ApiIntegrationTest {

    @Test
    void everyProfilesLabelScansAsTheShipmentsAwb() throws Exception {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        Api.Response shipment = api.post("/v1/shipments", merchant.key(), example("shipment-request.json"));
        assertThat(shipment.status()).as(shipment.toString()).isEqualTo(201);
        String id = shipment.json().get("id").asText();
        String awb = shipment.json().get("awb").asText();

        Map<String, Map<String, Object>> profiles = new LinkedHashMap<>();
        for (String size : new String[]{"4x6", "4x8", "A6", "A4"}) {
            profiles.put("pdf " + size, Map.of("name", "pdf " + size, "format", "PDF", "page_size", size));
        }
        profiles.put("pdf A4 4-up", Map.of("name", "4-up", "format", "PDF", "page_size", "A4", "labels_per_page", 4));
        profiles.put("zpl 203", Map.of("name", "zebra 203", "format", "ZPL", "dpi", 203));
        profiles.put("zpl 300", Map.of("name", "zebra 300", "format", "ZPL", "dpi", 300));
        profiles.put("png 203", Map.of("name", "png 203", "format", "PNG"));
        profiles.put("png 300", Map.of("name", "png 300", "format", "PNG", "dpi", 300));

        for (Map.Entry<String, Map<String, Object>> profile : profiles.entrySet()) {
            Api.Response created = api.post("/v1/label-profiles", merchant.key(), profile.getValue());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            Api.Response label = api.get("/v1/shipments/" + id + "/label?label_profile=" + created.json().get("id").asText(), merchant.key());
            assertThat(label.status()).as(profile.getKey() + ": " + label).isEqualTo(200);
            String kind = profile.getKey();
            if (kind.startsWith("pdf")) {
                assertThat(label.contentType()).startsWith("application/pdf");
                assertThat(LabelScanner.pdfPageCount(label.bytes())).as(kind).isEqualTo(1);
                assertThat(LabelReader.barcodesOfPdfPage(label.bytes(), 0)).as(kind).containsExactly(awb);
            } else if (kind.equals("zpl 203")) {
                // the carrier's own ZPL, as it issued it (a 203 dpi printer's barcode command)
                String zpl = new String(label.bytes(), StandardCharsets.US_ASCII);
                assertThat(zpl).contains("^BC").contains(awb);
            } else if (kind.equals("zpl 300")) {
                BufferedImage image = LabelReader.imageOfZpl(new String(label.bytes(), StandardCharsets.US_ASCII));
                assertThat(image.getWidth()).isEqualTo(1200);
                assertThat(LabelReader.barcodeOf(image)).as(kind).isEqualTo(awb);
            } else {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(label.bytes()));
                assertThat(image.getWidth()).as(kind).isEqualTo(kind.endsWith("300") ? 1200 : 812);
                assertThat(LabelReader.barcodeOf(image)).as(kind).isEqualTo(awb);
            }
        }
        assertThat(api.get("/v1/label-profiles", merchant.key()).json().get("data")).hasSize(profiles.size());
    }

    @Test
    void theTenantsDefaultProfileAppliesWhenARequestNamesNone() {
        tenants.sandboxAccount(merchant, "sandbox", Map.of());
        String id = api.post("/v1/shipments", merchant.key(), example("shipment-request.json")).json().get("id").asText();
        String zebra = api.post("/v1/label-profiles", merchant.key(), Map.of("name", "zebra", "format", "ZPL", "dpi", 300, "is_default", true))
                .json().get("id").asText();
        assertThat(api.get("/v1/shipments/" + id + "/label", merchant.key()).contentType()).startsWith("application/x-zpl");
        // a format asked for is the carrier's own document, as before
        assertThat(api.get("/v1/shipments/" + id + "/label?format=pdf", merchant.key()).contentType()).startsWith("application/pdf");
        Api.Response mismatch = api.get("/v1/shipments/" + id + "/label?format=pdf&label_profile=" + zebra, merchant.key());
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(fields(mismatch)).containsExactly("format");

        // a second default of the tenant replaces the first
        api.post("/v1/label-profiles", merchant.key(), Map.of("name", "a4", "format", "PDF", "page_size", "A4", "is_default", true));
        assertThat(api.get("/v1/label-profiles/" + zebra, merchant.key()).json().get("is_default").asBoolean()).isFalse();
        assertThat(api.get("/v1/shipments/" + id + "/label", merchant.key()).contentType()).startsWith("application/pdf");
        assertThat(api.delete("/v1/label-profiles/" + zebra, merchant.key()).status()).isEqualTo(200);
        assertThat(api.get("/v1/label-profiles/" + zebra, merchant.key()).status()).isEqualTo(404);
        // another tenant's profile is not found
        assertThat(api.get("/v1/label-profiles/" + zebra, tenants.create().key()).status()).isEqualTo(404);
    }

    @Test
    void aProfilesFieldsAreCheckedTogether() {
        Api.Response fourUpThermal = api.post("/v1/label-profiles", merchant.key(), Map.of("name", "x", "format", "PDF", "page_size", "4x6",
                "labels_per_page", 4));
        assertThat(fourUpThermal.status()).isEqualTo(400);
        assertThat(fields(fourUpThermal)).containsExactly("labels_per_page");
        Api.Response zplPage = api.post("/v1/label-profiles", merchant.key(), Map.of("name", "x", "format", "ZPL", "page_size", "A4", "dpi", 600));
        assertThat(fields(zplPage)).containsExactlyInAnyOrder("dpi", "page_size");
        assertThat(api.post("/v1/label-profiles", merchant.key(), Map.of("name", "x", "format", "PDF", "page_size", "Letter")).status())
                .isEqualTo(400);
    }
}
