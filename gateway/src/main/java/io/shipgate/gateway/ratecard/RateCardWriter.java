package io.shipgate.gateway.ratecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A checked card in the upload's formats: the canonical CSV (stored, and downloaded) and the JSON view. */
final class RateCardWriter {

    private RateCardWriter() {
    }

    /** The card as CSV, in the order settings, then per zone its lanes, slabs and additional step; CRLF line ends. */
    static String csv(RateCard card) {
        StringBuilder out = new StringBuilder(card.lines() * 40);
        out.append(String.join(",", RateCardFile.COLUMNS)).append("\r\n");
        setting(out, "currency", card.currency());
        setting(out, "country", card.country());
        setting(out, "service_name", card.serviceName());
        setting(out, "volumetric_divisor", plain(card.volumetricDivisor()));
        setting(out, "fuel_surcharge_percent", plain(card.fuelSurchargePercent()));
        if (card.codFee() != null) {
            setting(out, "cod_fee_fixed", plain(card.codFee().fixed()));
            setting(out, "cod_fee_percent", plain(card.codFee().percent()));
            setting(out, "cod_fee_minimum", plain(card.codFee().minimum()));
        }
        setting(out, "oda_surcharge", plain(card.odaSurcharge()));
        for (RateCard.Zone zone : card.zones()) {
            String name = quoted(zone.name());
            for (RateCard.Lane lane : zone.lanes()) {
                out.append("zone,,,").append(name).append(',').append(lane.origin().text()).append(',').append(lane.destination().text())
                        .append(",,,,\r\n");
            }
            for (RateCard.Slab slab : zone.slabs()) {
                out.append("slab,,,").append(name).append(",,,").append(plain(slab.fromKg())).append(',').append(plain(slab.toKg()))
                        .append(",,").append(plain(slab.price())).append("\r\n");
            }
            if (zone.additional() != null) {
                out.append("additional,,,").append(name).append(",,,,,").append(plain(zone.additional().stepKg())).append(',')
                        .append(plain(zone.additional().price())).append("\r\n");
            }
        }
        return out.toString();
    }

    static RateCardView view(RateCard card, UUID accountId, String service, int version, Instant uploadedAt, String csvUrl) {
        return new RateCardView(accountId, service, version, uploadedAt, csvUrl, card.currency(), card.country(), card.serviceName(),
                card.volumetricDivisor(), plain(card.fuelSurchargePercent()),
                card.codFee() == null ? null : new RateCardView.CodFee(plain(card.codFee().fixed()), plain(card.codFee().percent()),
                        plain(card.codFee().minimum())),
                plain(card.odaSurcharge()),
                card.zones().stream().map(z -> new RateCardView.Zone(z.name(),
                        z.lanes().stream().map(l -> new RateCardView.Lane(l.origin().text(), l.destination().text())).toList(),
                        z.slabs().stream().map(s -> new RateCardView.Slab(s.fromKg(), s.toKg(), plain(s.price()))).toList(),
                        z.additional() == null ? null : new RateCardView.Step(z.additional().stepKg(), plain(z.additional().price()))))
                        .toList());
    }

    private static void setting(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append("setting,").append(name).append(',').append(quoted(value)).append(",,,,,,,\r\n");
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** A value quoted the RFC 4180 way when it holds a comma or a quote (a service name may). */
    private static String quoted(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
