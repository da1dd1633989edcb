package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.shipgate.carrier.spi.CarrierTimes;

import java.time.LocalDate;
import java.util.List;

/**
 * What FedEx commits to for one service of a rate quote (with {@code returnTransitTimes}), read by
 * rates and estimates alike: the delivery date ({@code commit.dateDetail.dayFormat}, else
 * {@code operationalDetail.deliveryDate} or {@code commitDate}), the transit days
 * ({@code commit.transitDays.minimumTransitTime}, else {@code operationalDetail.transitTime},
 * written {@code FOUR_DAYS}) and whether FedEx's money-back guarantee covers the date
 * ({@code ineligibleForMoneyBackGuarantee} false).
 */
public record FedExCommit(LocalDate date, Integer transitDays, boolean guaranteed) {

    private static final List<String> NUMBERS = List.of("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
            "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN", "TWENTY");

    /** {@code rateReplyDetails[].commit}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commit(DateDetail dateDetail, TransitDays transitDays) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DateDetail(String dayFormat) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TransitDays(String minimumTransitTime) {
    }

    /** {@code rateReplyDetails[].operationalDetail} (also a shipment answer's {@code completedShipmentDetail.operationalDetail}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OperationalDetail(String deliveryDate, String commitDate, String transitTime, Boolean ineligibleForMoneyBackGuarantee) {
    }

    /** The commitment of one {@code rateReplyDetails} element. */
    public static FedExCommit of(Commit commit, OperationalDetail operational) {
        LocalDate date = commit == null || commit.dateDetail() == null ? null : CarrierTimes.date(commit.dateDetail().dayFormat());
        if (date == null) {
            date = deliveryDate(operational);
        }
        Integer days = commit == null || commit.transitDays() == null ? null : transitDays(commit.transitDays().minimumTransitTime());
        if (days == null && operational != null) {
            days = transitDays(operational.transitTime());
        }
        boolean guaranteed = date != null && operational != null && Boolean.FALSE.equals(operational.ineligibleForMoneyBackGuarantee());
        return new FedExCommit(date, days, guaranteed);
    }

    /** The delivery date of an operational detail, else its commit date; null when it has neither. */
    public static LocalDate deliveryDate(OperationalDetail operational) {
        if (operational == null) {
            return null;
        }
        LocalDate date = CarrierTimes.date(operational.deliveryDate());
        return date != null ? date : CarrierTimes.date(operational.commitDate());
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
