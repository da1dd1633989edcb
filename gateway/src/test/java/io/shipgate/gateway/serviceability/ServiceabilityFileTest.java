package io.shipgate.gateway.serviceability;

import io.shipgate.gateway.platform.upload.RowError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and checking serviceability files, and the postal code formats, without the application. */
class ServiceabilityFileTest {

    private static ServiceabilityFile.Result csv(String text, String currency, int maxRows) {
        return ServiceabilityFile.read(text.getBytes(StandardCharsets.UTF_8), ServiceabilityFile.Format.CSV, currency, maxRows, 100);
    }

    @Test
    void columnsComeInAnyOrderQuotedOrNotAndOptionalFlagsDefaultToNo() {
        ServiceabilityFile.Result file = csv("\uFEFFPostal_Code,Country,PICKUP,cod,prepaid,cod_limit\r\n"
                + "\"560001\",in,y,TRUE,1,\"1,000.50\"\r\n"
                + "\r\n"
                + " 122015 ,IN,n,no,yes,\r\n", "INR", 10);

        assertThat(file.errors()).extracting(RowError::row, RowError::field).containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "cod_limit"));

        ServiceabilityFile.Result good = csv("postal_code,country,pickup,cod,prepaid,cod_limit\n\"560001\",in,y,TRUE,1,\"1000.50\"\n"
                + " 122015 ,IN,n,no,yes,\n", "INR", 10);
        assertThat(good.valid()).as(good.errors().toString()).isTrue();
        assertThat(good.rows()).containsExactly(
                new ServiceabilityRow("IN", "560001", true, true, new BigDecimal("1000.50"), true, false, false, false),
                new ServiceabilityRow("IN", "122015", true, false, null, false, false, false, false));
    }

    @Test
    void everyMistakeIsCountedButOnlyTheFirstOnesAreListed() {
        StringBuilder text = new StringBuilder("country,postal_code,prepaid,cod,pickup\n");
        for (int i = 0; i < 250; i++) {
            text.append("IN,0").append(10000 + i).append(",Y,Y,maybe\n");
        }
        ServiceabilityFile.Result file = csv(text.toString(), null, 1000);

        assertThat(file.invalidRows()).isEqualTo(250);
        assertThat(file.errors()).hasSize(100);
        assertThat(file.errors().getFirst()).isEqualTo(new RowError(2, "postal_code",
                "'010000' is not a postal code of IN (6 digits, not starting with 0)"));
        assertThat(file.errors().get(1)).isEqualTo(new RowError(2, "pickup", "'maybe' is not Y or N"));
        assertThat(file.rows()).isEmpty();
    }

    @Test
    void aFileOverTheRowLimitIsRefusedAtTheFirstRowTooMany() {
        ServiceabilityFile.Result file = csv("country,postal_code,prepaid,cod,pickup\nIN,560001,Y,Y,Y\nIN,560002,Y,Y,Y\nIN,560003,Y,Y,Y\n", null, 2);

        assertThat(file.errors()).containsExactly(new RowError(4, "file", "has more than 2 rows (shipgate.serviceability.max-rows)"));
    }

    @Test
    void jsonLinesTakeBooleansTextsAndNumbers() {
        String lines = """
                {"country":"IN","postal_code":560001,"prepaid":true,"cod":"Y","cod_limit":1000,"pickup":false,"oda":"Y","embargo":null}
                {"country":"IN","postal_code":"122015","prepaid":true,"cod":false}
                [1,2]
                """;
        ServiceabilityFile.Result file = ServiceabilityFile.read(lines.getBytes(StandardCharsets.UTF_8),
                ServiceabilityFile.Format.JSON_LINES, "INR", 10, 100);

        assertThat(file.errors()).containsExactly(new RowError(2, "pickup", "is required: Y or N"),
                new RowError(3, "row", "is not a JSON object"));
        assertThat(csvRowsOf(lines.lines().limit(1).findFirst().orElseThrow())).containsExactly(
                new ServiceabilityRow("IN", "560001", true, true, new BigDecimal("1000"), false, false, true, false));
    }

    @Test
    void aFileThatIsNotUtf8OrHasNoRowsIsRefused() {
        assertThat(ServiceabilityFile.read(new byte[]{'c', (byte) 0xff, '\n'}, ServiceabilityFile.Format.CSV, null, 10, 100).errors())
                .containsExactly(new RowError(1, "file", "is not UTF-8 text"));
        assertThat(csv("", null, 10).errors()).extracting(RowError::field).containsExactly("header");
        assertThat(csv("country,postal_code,prepaid,cod,pickup\n", null, 10).errors()).containsExactly(new RowError(1, "file", "has no rows"));
        assertThat(csv("country,postal_code,prepaid,cod,pickup\n\"IN,560001,Y,Y,Y\n", null, 10).errors())
                .containsExactly(new RowError(2, "row", "has an unclosed quote"));
    }

    @Test
    void postalCodesFollowTheirCountrysFormatWhereItIsKnown() {
        assertThat(PostalCodes.normalize("IN", " 560001 ")).isEqualTo("560001");
        assertThat(PostalCodes.normalize("IN", "56001")).isNull();
        assertThat(PostalCodes.normalize("IN", "060001")).isNull();
        assertThat(PostalCodes.normalize("US", "94105-1234")).isEqualTo("94105");
        assertThat(PostalCodes.normalize("JP", "100-0001")).isEqualTo("1000001");
        assertThat(PostalCodes.normalize("GB", "sw1a   1aa")).isEqualTo("SW1A 1AA");
        assertThat(PostalCodes.normalize("NL", "1012 AB")).isEqualTo("1012 AB");
        assertThat(PostalCodes.normalize("NL", "X")).isNull();
        assertThat(PostalCodes.normalize("FR", "75001\t;DROP")).isNull();
        assertThat(PostalCodes.normalize("FR", "1234567890123")).as("more than 12 characters").isNull();
    }

    private static List<ServiceabilityRow> csvRowsOf(String jsonLine) {
        ServiceabilityFile.Result file = ServiceabilityFile.read(jsonLine.getBytes(StandardCharsets.UTF_8),
                ServiceabilityFile.Format.JSON_LINES, "INR", 10, 100);
        assertThat(file.errors()).isEmpty();
        return file.rows();
    }
}
