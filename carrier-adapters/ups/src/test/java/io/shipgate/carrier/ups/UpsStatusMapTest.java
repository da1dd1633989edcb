package io.shipgate.carrier.ups;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UpsStatusMapTest {

    @Test
    void eachTableListsEachCodeOnceAndNeverAsUnknown() {
        for (Map<TrackingStatus, List<String>> table : UpsStatusMap.tables()) {
            assertThat(table.values().stream().flatMap(Collection::stream).toList()).doesNotHaveDuplicates();
            assertThat(table).doesNotContainKey(TrackingStatus.UNKNOWN);
        }
    }

    @Test
    void eachNdrPhraseNamesOneReasonAndNoPhraseContainsAnother() {
        List<String> phrases = UpsStatusMap.ndrPhrases().values().stream().flatMap(Collection::stream).toList();
        assertThat(phrases).doesNotHaveDuplicates();
        for (String phrase : phrases) {
            NdrReason reason = UpsStatusMap.ndrPhrases().entrySet().stream().filter(e -> e.getValue().contains(phrase))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            assertThat(UpsStatusMap.attemptReason("UPS attempted delivery: " + phrase)).as(phrase).isEqualTo(reason);
        }
    }

    @Test
    void aTextNamingTwoReasonsIsNotGuessedAtByWhicheverPhraseIsListedFirst() {
        // with a first-match word list "refused" won; the text tells of two reasons
        assertThat(UpsStatusMap.attemptReason("The receiver refused the delivery because the address was incomplete."))
                .isEqualTo(NdrReason.OTHER);
        assertThat(UpsStatusMap.attemptReason("A delivery attempt was made.")).isEqualTo(NdrReason.OTHER);
        assertThat(UpsStatusMap.attemptReason("Adverse weather conditions caused this delay.")).isNull();
    }

    @Test
    void everyCodeOfTheSpecsExamplesIsMapped() {
        // Tracking.yaml: status type X, code SR, statusCode 003 (released by customs)
        assertThat(UpsStatusMap.normalize("003", "SR", "X", "Your package was released by the customs agency.").status())
                .isEqualTo(TrackingStatus.IN_TRANSIT);
        // UPSTrackAlert.yaml: out for delivery is type I, code OT, description code 021
        assertThat(UpsStatusMap.normalize("21", "OT", "I", "Out for Delivery").status()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
        assertThat(UpsStatusMap.normalize("021", "OT", "I", "Out for Delivery").status()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
        assertThat(UpsStatusMap.normalize(null, "OT", "I", null).status()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
        // delivered: type D, code FS, description code 011
        assertThat(UpsStatusMap.normalize("11", "FS", "D", "Delivered").status()).isEqualTo(TrackingStatus.DELIVERED);
        // the activity types the specs list: M, MV, P, I, U, D, X, RS
        Map<String, TrackingStatus> types = Map.of("M", TrackingStatus.MANIFESTED, "MV", TrackingStatus.CANCELLED,
                "P", TrackingStatus.PICKED_UP, "I", TrackingStatus.IN_TRANSIT, "U", TrackingStatus.IN_TRANSIT,
                "D", TrackingStatus.DELIVERED, "X", TrackingStatus.DELAYED, "RS", TrackingStatus.RTO_IN_TRANSIT);
        types.forEach((type, status) -> assertThat(UpsStatusMap.normalize(null, null, type, "").status()).as(type).isEqualTo(status));
    }

    @Test
    void failedAttemptsAreFailedDeliveriesWithAReason() {
        assertThat(UpsStatusMap.normalize("022", null, "X", "The receiver was not available for delivery."))
                .isEqualTo(new UpsStatusMap.Normalized(TrackingStatus.FAILED_DELIVERY, NdrReason.CONSIGNEE_UNAVAILABLE));
        assertThat(UpsStatusMap.normalize(null, "48", "X", "The receiver refused the delivery."))
                .isEqualTo(new UpsStatusMap.Normalized(TrackingStatus.FAILED_DELIVERY, NdrReason.REFUSED));
        assertThat(UpsStatusMap.normalize(null, "UD", "X", "The business was closed. We'll make a second attempt."))
                .isEqualTo(new UpsStatusMap.Normalized(TrackingStatus.FAILED_DELIVERY, NdrReason.PREMISES_CLOSED));
        assertThat(UpsStatusMap.normalize("023", null, "X", "Second attempt made").ndrReason()).isEqualTo(NdrReason.OTHER);
        // an exception that tells of no attempt is a delay, without a reason
        assertThat(UpsStatusMap.normalize(null, "WX", "X", "Adverse weather conditions caused this delay."))
                .isEqualTo(new UpsStatusMap.Normalized(TrackingStatus.DELAYED, null));
    }

    @Test
    void anUnknownTypeIsUnknown() {
        assertThat(UpsStatusMap.normalize("999", "ZZ", "Q", "Something new").status()).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(UpsStatusMap.normalize(null, null, null, null).status()).isEqualTo(TrackingStatus.UNKNOWN);
    }
}
