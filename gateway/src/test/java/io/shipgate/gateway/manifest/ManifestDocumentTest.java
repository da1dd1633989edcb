package io.shipgate.gateway.manifest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestDocumentTest {

    @Test
    void aLongManifestRunsOverSeveralA4PagesWithEveryBarcodeReadableAndTheTotalsOnTheLast() {
        List<ManifestDocument.Row> rows = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new ManifestDocument.Row("1Z999AA1012345%04d".formatted(i), "ORDER-" + i, 1, new BigDecimal("0.500"),
                        i % 10 == 0 ? "10.00 INR" : null))
                .toList();
        byte[] pdf = ManifestDocument.render(new ManifestDocument.Header("m-1", "ups", "UPS main", "acc-1", "Brooklyn DC",
                "200 Flushing Ave, Brooklyn", LocalDate.of(2026, 12, 8), "local only"), rows,
                new ManifestDocument.Totals(40, 40, new BigDecimal("20.000"), "40.00 INR"));

        assertThat(ManifestBarcodes.pages(pdf)).isGreaterThan(2);
        assertThat(ManifestBarcodes.decode(pdf)).containsExactlyElementsOf(rows.stream().map(ManifestDocument.Row::awb).toList());
        String text = ManifestBarcodes.text(pdf);
        assertThat(text).contains("Totals: shipments 40   pieces 40   weight 20.000 kg   COD 40.00 INR", "Courier signature", "Handover date and time");
        assertThat(text.indexOf("Totals:")).isGreaterThan(text.lastIndexOf("ORDER-40"));
    }

    @Test
    void textTheStandardFontCannotPrintIsReplacedNotFatal() {
        byte[] pdf = ManifestDocument.render(new ManifestDocument.Header("m-2", "delhivery", "Delhivery", "acc", "मुंबई गोदाम", "Mumbai",
                LocalDate.of(2026, 12, 8), "local only"), List.of(new ManifestDocument.Row("123456789012", "ऑर्डर-7", 2,
                new BigDecimal("1.250"), "500.00 INR")), new ManifestDocument.Totals(1, 2, new BigDecimal("1.250"), "500.00 INR"));

        assertThat(ManifestBarcodes.decode(pdf)).containsExactly("123456789012");
        assertThat(ManifestBarcodes.text(pdf)).contains("Warehouse: ?????").contains("500.00 INR");
    }
}
