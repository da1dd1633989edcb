package io.shipgate.gateway.carrier;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierCapabilities;
import io.shipgate.carrier.spi.CarrierRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the capability matrix of docs/carriers.md true to what each carrier adapter declares. */
class CapabilityMatrixTest {

    private static final Path CARRIERS_MD = Path.of("../docs/carriers.md");

    @Test
    void theDocumentedMatrixIsWhatTheAdaptersDeclare() throws IOException {
        Map<String, List<String>> rows = matrix();
        List<String> documented = rows.get("operation");
        List<CarrierAdapter> shipped = CarrierRegistry.load(getClass().getClassLoader()).all().stream()
                .filter(a -> !a.getClass().getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes"))
                .toList();
        assertThat(documented).as("one column per carrier the gateway ships")
                .containsExactlyInAnyOrderElementsOf(shipped.stream().map(CarrierAdapter::code).toList());

        for (CarrierAdapter adapter : shipped) {
            int column = documented.indexOf(adapter.code());
            CarrierCapabilities declared = adapter.descriptor().capabilities();
            for (Capability capability : Capability.values()) {
                assertThat(rows).as("a row for " + capability).containsKey(capability.name());
                assertThat(rows.get(capability.name()).get(column)).as(adapter.code() + " " + capability)
                        .startsWith(declared.supports(capability) ? "yes" : "no");
            }
            Set<LabelFormat> formats = Arrays.stream(rows.get("label formats").get(column).split(",\\s*"))
                    .map(String::strip).map(LabelFormat::valueOf).collect(Collectors.toSet());
            assertThat(formats).as(adapter.code() + " label formats").isEqualTo(declared.labelFormats());
            assertThat(rows.get("cash on delivery / international / multi-piece").get(column)).as(adapter.code() + " features")
                    .isEqualTo(yesNo(declared.cashOnDelivery()) + " / " + yesNo(declared.international()) + " / " + yesNo(declared.multiPiece()));
        }
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** The first table of the "Capabilities" section: first cell -> the other cells. */
    private static Map<String, List<String>> matrix() throws IOException {
        List<String> lines = Files.readAllLines(CARRIERS_MD);
        int start = lines.indexOf("## Capabilities");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.isBlank() && !rows.isEmpty()) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("| ---")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
            rows.put(cells.getFirst(), cells.subList(1, cells.size()));
        }
        return rows;
    }
}
