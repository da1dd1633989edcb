package io.shipgate.gateway.demo;

import io.shipgate.carrier.model.Address;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where the demo merchant ships from and to: warehouses in India, the US, Japan, Korea, Germany and the UK, each
 * shipping within its country (India most), and India's warehouses abroad too. Shares of all shipments; postal codes
 * spread over each country's regions so that lanes differ.
 */
final class HistoryLanes {

    /** A flow: from one of these warehouses to one of these recipients' postal codes, with this share of the volume. */
    record Flow(List<Address> warehouses, List<Address> recipients, double share) {
    }

    static final List<Flow> FLOWS = List.of(
            new Flow(List.of(warehouse("Gurugram", "HR", "122015", "IN"), warehouse("Mumbai", "MH", "400072", "IN"),
                    warehouse("Bengaluru", "KA", "560034", "IN")),
                    recipients("IN", "110001", "122001", "400001", "411001", "560001", "600001", "700001", "500001", "380001",
                            "302001", "781001", "682001"), 0.60),
            new Flow(List.of(warehouse("Gurugram", "HR", "122015", "IN")),
                    List.of(recipient("10001", "US"), recipient("EC1A 1BB", "GB"), recipient("10117", "DE"), recipient("1000001", "JP"),
                            recipient("04524", "KR")), 0.06),
            new Flow(List.of(warehouse("Edison", "NJ", "08837", "US"), warehouse("Los Angeles", "CA", "90058", "US")),
                    recipients("US", "10001", "94103", "60601", "77002", "98101", "30303"), 0.10),
            new Flow(List.of(warehouse("Tokyo", null, "1350061", "JP")), recipients("JP", "1000001", "5300001", "8100001", "0600001"), 0.07),
            new Flow(List.of(warehouse("Seoul", null, "06236", "KR")), recipients("KR", "04524", "48058", "41911", "35200"), 0.06),
            new Flow(List.of(warehouse("Berlin", null, "10115", "DE")), recipients("DE", "10117", "80331", "20095", "50667"), 0.06),
            new Flow(List.of(warehouse("London", null, "SE1 9GP", "GB")), recipients("GB", "EC1A 1BB", "M1 1AE", "B1 1AA", "EH1 1YZ"), 0.05));

    /** The service mix: a service's weight among those the carrier sells on the lane. */
    static double serviceWeight(String service) {
        return switch (service) {
            case "sandbox_standard" -> 0.5;
            case "sandbox_express" -> 0.3;
            case "sandbox_economy" -> 0.2;
            default -> 0;
        };
    }

    private HistoryLanes() {
    }

    static Flow flow(RandomGenerator random) {
        double draw = random.nextDouble();
        for (Flow flow : FLOWS) {
            draw -= flow.share();
            if (draw < 0) {
                return flow;
            }
        }
        return FLOWS.getLast();
    }

    private static Address warehouse(String city, String state, String postalCode, String country) {
        return new Address("Demo store warehouse", "Demo store", null, null, "1 Warehouse Road", null, city, state, postalCode, country, false);
    }

    private static Address recipient(String postalCode, String country) {
        return new Address("Demo customer", null, null, null, "1 Customer Street", null, "City " + postalCode, null, postalCode, country, true);
    }

    private static List<Address> recipients(String country, String... postalCodes) {
        return java.util.Arrays.stream(postalCodes).map(code -> recipient(code, country)).toList();
    }
}
