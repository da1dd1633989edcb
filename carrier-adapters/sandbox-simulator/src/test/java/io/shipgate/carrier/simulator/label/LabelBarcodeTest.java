package io.shipgate.carrier.simulator.label;

import io.shipgate.carrier.simulator.SandboxAwb;
import io.shipgate.carrier.testkit.LabelScanner;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sandbox AWB's barcode scans from the PDF label rendered at 200 dpi (below the label's own
 * 203 dpi, where bars one dot wide would blur) and from the PNG label: the AWB's length and digits
 * keep its bars wide enough.
 */
class LabelBarcodeTest {

    @Test
    void theBarcodeOfAnyAwbScansFromThePdfAtAnotherResolutionAndFromThePng() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int i = 0; i < 25; i++) {
            String tag = String.format("%07d", random.nextInt(10_000_000));
            String awb = SandboxAwb.create(Instant.now(), random, tagged -> tag);
            LabelContent label = new LabelContent("SHIPGATE SANDBOX", "Ground", List.of("Shipper", "1 Dock Road", "Austin TX 78701"),
                    "Recipient", List.of("2 High Street", "10115 Berlin", "DE"), "1.81 KG", 1, 1, "ORDER-1", LocalDate.of(2026, 12, 7),
                    null, false, awb, awb);
            List<PrintedLabel> printed = new LabelPrinter().print(List.of(label), Set.of(PrintFormat.PDF, PrintFormat.PNG));

            assertThat(LabelScanner.barcodeOfPdf(printed.get(0).content(), 0)).as("PDF label of %s", awb).isEqualTo(awb);
            assertThat(LabelScanner.barcodeOfPng(printed.get(1).content())).as("PNG label of %s", awb).isEqualTo(awb);
        }
    }
}
