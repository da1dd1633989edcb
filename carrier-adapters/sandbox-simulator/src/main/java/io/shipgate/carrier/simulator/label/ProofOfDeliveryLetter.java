package io.shipgate.carrier.simulator.label;

import io.shipgate.carrier.simulator.label.LabelElement.Box;
import io.shipgate.carrier.simulator.label.LabelElement.Text;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simulated carrier's proof of delivery: a one-page US Letter PDF stating the AWB, when
 * (local time and offset) and where (a city, never a street) the parcel was delivered, and who
 * signed for it. Drawn with the labels' elements and PDF renderer, at their 203 dpi.
 */
public final class ProofOfDeliveryLetter {

    /** What the letter states. {@code location} is a city line such as {@code San Francisco, CA 94105, US}. */
    public record Content(String carrierName, String awb, OffsetDateTime deliveredAt, String location, String signedBy) {
    }

    /** 8.5 x 11 inches at {@value LabelLayout#DPI} dpi. */
    private static final int WIDTH = 1726;
    private static final int HEIGHT = 2233;
    /** About an inch. */
    private static final int MARGIN = 200;
    private static final int VALUE_X = MARGIN + 420;
    private static final int ROW_PITCH = 70;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(UTC'xxx')'", Locale.ROOT);

    private ProofOfDeliveryLetter() {
    }

    public static byte[] render(Content letter) {
        return PdfLabels.render("Proof of delivery " + letter.awb(), WIDTH, HEIGHT, List.of(compose(letter)));
    }

    private static List<LabelElement> compose(Content letter) {
        int right = WIDTH - MARGIN;
        List<LabelElement> elements = new ArrayList<>();
        LabelLayout.text(elements, MARGIN, MARGIN, 64, true, letter.carrierName(), right);
        elements.add(new Box(MARGIN, 290, WIDTH - 2 * MARGIN, 4, 4));
        elements.add(new Text(0, 340, 56, true, true, "PROOF OF DELIVERY"));

        String[][] rows = {
                {"AWB", letter.awb()},
                {"Delivered", TIME.format(letter.deliveredAt())},
                {"Location", letter.location()},
                {"Signed by", letter.signedBy()}};
        for (int i = 0; i < rows.length; i++) {
            int y = 480 + i * ROW_PITCH;
            LabelLayout.text(elements, MARGIN, y, 36, true, rows[i][0], VALUE_X);
            LabelLayout.text(elements, VALUE_X, y, 36, false, rows[i][1], right);
        }

        elements.add(new Box(MARGIN, 800, WIDTH - 2 * MARGIN, 220, 4));
        LabelLayout.text(elements, MARGIN + 30, 820, 28, false, "Signature", right);
        LabelLayout.text(elements, MARGIN + 60, 900, 56, false, letter.signedBy(), right - 30);
        LabelLayout.text(elements, MARGIN, 1080, 32, false,
                "The shipment above was delivered and signed for as stated.", right);
        LabelLayout.text(elements, MARGIN, HEIGHT - MARGIN, 28, false,
                "Shipgate sandbox document - not a real delivery", right);
        return elements;
    }
}
