package io.shipgate.carrier.fedex.rate;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.fedex.FedExJson;
import io.shipgate.carrier.fedex.FedExTime;

import java.time.LocalDate;
import java.util.List;

/**
 * What FedEx commits to for one service of a rate quote (with {@code returnTransitTimes}): the
 * delivery date ({@code commit.dateDetail.dayFormat}, else {@code operationalDetail.deliveryDate}
 * or {@code commitDate}), the transit days ({@code commit.transitDays.minimumTransitTime}, else
 * {@code operationalDetail.transitTime}, written {@code FOUR_DAYS}) and whether FedEx's money-back
 * guarantee covers the date ({@code ineligibleForMoneyBackGuarantee} false).
 */
public record FedExCommit(LocalDate date, Integer transitDays, boolean guaranteed) {

    private static final List<String> NUMBERS = List.of("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
            "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN", "TWENTY");

    /** The commitment of one {@code rateReplyDetails} element. */
    public static FedExCommit of(JsonNode rateReplyDetail) {
        JsonNode commit = rateReplyDetail.path("commit");
        JsonNode operational = rateReplyDetail.path("operationalDetail");
        LocalDate date = FedExTime.date(FedExJson.text(commit.path("dateDetail"), "dayFormat"));
        if (date == null) {
            date = FedExTime.date(FedExJson.text(operational, "deliveryDate"));
        }
        if (date == null) {
            date = FedExTime.date(FedExJson.text(operational, "commitDate"));
        }
        Integer days = transitDays(FedExJson.text(commit.path("transitDays"), "minimumTransitTime"));
        if (days == null) {
            days = transitDays(FedExJson.text(operational, "transitTime"));
        }
        boolean guaranteed = date != null && operational.has("ineligibleForMoneyBackGuarantee")
                && !operational.path("ineligibleForMoneyBackGuarantee").asBoolean(true);
        return new FedExCommit(date, days, guaranteed);
    }

    /** {@code FOUR_DAYS} to 4; null for anything else. */
    static Integer transitDays(String value) {
        if (value == null) {
            return null;
        }
        int index = NUMBERS.indexOf(value.replaceFirst("_DAYS?$", ""));
        return index < 0 ? null : index + 1;
    }

    public boolean known() {
        return date != null || transitDays != null;
    }
}
