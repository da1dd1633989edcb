package io.shipgate.gateway.ratecard;

import io.shipgate.gateway.platform.upload.RowError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and checking rate cards: CSV and JSON, every mistake with its row and field, the canonical CSV. */
class RateCardFileTest {

    private static final String HEADER = "section,setting,value,zone,origin,destination,from_kg,to_kg,step_kg,price\n";

    @Test
    void theTemplatesReadAndTheCanonicalCsvReadsBackTheSame() throws IOException {
        RateCard template = read(Files.readAllBytes(Path.of("../docs/examples/rate-card-template.csv")), RateCardFile.Format.CSV).card();
        assertThat(template.zones()).extracting(RateCard.Zone::name)
                .containsExactly("WITHIN_CITY", "WITHIN_REGION", "METRO", "NORTH_EAST", "REST_OF_INDIA");
        assertThat(template.codFee()).isEqualTo(new RateCard.CodFee(null, new java.math.BigDecimal("1.5"), new java.math.BigDecimal("35.00")));
        String csv = RateCardWriter.csv(template);
        assertThat(read(csv.getBytes(StandardCharsets.UTF_8), RateCardFile.Format.CSV).card()).isEqualTo(template);

        RateCard json = read(Files.readAllBytes(Path.of("../docs/examples/rate-card-request.json")), RateCardFile.Format.JSON).card();
        assertThat(json.zones()).hasSize(2);
        assertThat(read(Files.readAllBytes(Path.of("../docs/examples/rate-card.json")), RateCardFile.Format.JSON).card())
                .as("GET's answer can be PUT back").isEqualTo(json);
    }

    @Test
    void slabsMustStartAtZeroWithoutGapsOrOverlaps() {
        RateCardFile.Result result = csv("""
                setting,currency,INR,,,,,,,
                setting,country,IN,,,,,,,
                zone,,,A,*,*,,,,
                slab,,,A,,,0.1,0.5,,30
                slab,,,A,,,0.5,1,,40
                slab,,,A,,,0.8,2,,50
                slab,,,A,,,3,4,,60
                """);
        assertThat(result.errors()).extracting(RowError::row, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "from_kg"), org.assertj.core.groups.Tuple.tuple(7L, "from_kg"),
                org.assertj.core.groups.Tuple.tuple(8L, "from_kg"));
        assertThat(result.errors().get(1).message()).startsWith("overlaps the slab 0.5-1 kg of zone A on row 6");
        assertThat(result.errors().get(2).message()).startsWith("leaves a gap from 2 kg");
        assertThat(result.invalidRows()).isEqualTo(3);
    }

    @Test
    void everyMistakeHasItsRowAndField() {
        RateCardFile.Result result = csv("""
                setting,currency,INR,,,,,,,
                setting,colour,red,,,,,,,
                zone,,,A,11,40,,,,
                zone,,,B,11,40,,,,
                slab,,,A,,,0,0.5,,-3
                slab,,,A,,,0.5,1,,30.123
                slab,,,C,,,0,1,,30
                additional,,,A,,,,,0,20
                zone,,,D,1100-10,*,,,,
                slab,,,D,,,0,1,,10,
                """);
        assertThat(result.errors()).extracting(e -> e.row() + " " + e.field()).containsExactly(
                "1 setting", "3 setting", "4 zone", "5 destination", "5 zone", "6 price", "7 price", "8 zone", "9 step_kg", "10 origin",
                "10 zone", "10 zone", "11 row");
        assertThat(result.errors().getFirst().message()).isEqualTo("country is a required setting (ISO 3166-1 alpha-2, e.g. IN)");
        assertThat(result.errors().get(2).message()).as("its only slabs are wrong").isEqualTo("zone A has no weight slabs (slab lines: zone, from_kg, to_kg, price)");
        assertThat(result.errors().get(3).message()).isEqualTo("origin 11 to destination 40 is already on row 4");
        assertThat(result.errors().get(5).message()).isEqualTo("must not be negative");
        assertThat(result.errors().get(6).message()).isEqualTo("has more decimals than the card's currency has (2)");
        assertThat(result.errors().get(7).message()).isEqualTo("'C' is not a zone of the card (zone lines name them)");
        assertThat(result.invalidRows()).isEqualTo(10);
    }

    @Test
    void codFeeIsFixedOrAPercentageNotBoth() {
        RateCardFile.Result result = csv("""
                setting,currency,INR,,,,,,,
                setting,country,IN,,,,,,,
                setting,cod_fee_fixed,30,,,,,,,
                setting,cod_fee_percent,1.5,,,,,,,
                zone,,,A,*,*,,,,
                slab,,,A,,,0,1,,30
                """);
        assertThat(result.errors()).extracting(RowError::row, RowError::field).containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "value"));
    }

    @Test
    void jsonMistakesNameTheirPath() {
        RateCardFile.Result result = read("""
                {"currency": "INR", "country": "IN", "fuel_surcharge_percent": "120",
                 "zones": [{"name": "A", "lanes": [{"origin": "*", "destination": "*"}],
                            "slabs": [{"from_kg": 0, "to_kg": 1, "price": "30"}, {"from_kg": 2, "to_kg": 3, "price": "x"}],
                            "colour": "red"}]}
                """.getBytes(StandardCharsets.UTF_8), RateCardFile.Format.JSON);
        assertThat(result.errors()).extracting(RowError::field).containsExactlyInAnyOrder("zones[0].colour", "fuel_surcharge_percent",
                "zones[0].slabs[1].price");
        assertThat(result.errors()).allMatch(e -> e.row() == 0);
        assertThat(read("{not json".getBytes(StandardCharsets.UTF_8), RateCardFile.Format.JSON).errors())
                .extracting(RowError::field).containsExactly("$");
    }

    @Test
    void aCardHasAtMostMaxRowsLines() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20; i++) {
            csv.append("zone,,,A,").append(10 + i).append(",*,,,,\n");
        }
        RateCardFile.Result result = RateCardFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), RateCardFile.Format.CSV, 10, 100);
        assertThat(result.errors()).containsExactly(new RowError(12, "file", "has more than 10 lines (shipgate.rate-cards.max-rows)"));
    }

    private static RateCardFile.Result csv(String lines) {
        return read((HEADER + lines).getBytes(StandardCharsets.UTF_8), RateCardFile.Format.CSV);
    }

    private static RateCardFile.Result read(byte[] body, RateCardFile.Format format) {
        return RateCardFile.read(body, format, 50_000, 100);
    }
}
