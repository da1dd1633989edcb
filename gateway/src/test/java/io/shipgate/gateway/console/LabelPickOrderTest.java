package io.shipgate.gateway.console;

import io.shipgate.gateway.shipment.ConsoleShipments.PickItem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The pick order of the day's merged labels: warehouse name (none last), then order reference (none last), then purchase time. */
class LabelPickOrderTest {

    @Test
    void byWarehouseNameThenReferenceThenPurchaseTime() {
        UUID zeta = UUID.randomUUID();
        UUID alpha = UUID.randomUUID();
        Instant t = Instant.parse("2026-12-07T08:00:00Z");
        PickItem zetaA = item("zeta-a", zeta, "A-1", t);
        PickItem alphaB = item("alpha-b", alpha, "B-1", t);
        PickItem alphaA2 = item("alpha-a-later", alpha, "A-1", t.plusSeconds(60));
        PickItem alphaA1 = item("alpha-a-first", alpha, "A-1", t);
        PickItem alphaNone = item("alpha-none", alpha, null, t);
        PickItem nowhere = item("nowhere", null, "A-0", t);
        List<PickItem> sorted = List.of(nowhere, zetaA, alphaNone, alphaB, alphaA2, alphaA1).stream()
                .sorted(LabelPrintController.pickOrder(Map.of(zeta, "Zeta DC", alpha, "alpha hub"))).toList();
        assertThat(sorted).extracting(PickItem::awb)
                .containsExactly("alpha-a-first", "alpha-a-later", "alpha-b", "alpha-none", "zeta-a", "nowhere");
    }

    private static PickItem item(String awb, UUID warehouse, String reference, Instant createdAt) {
        return new PickItem(UUID.randomUUID(), warehouse, reference, awb, createdAt);
    }
}
