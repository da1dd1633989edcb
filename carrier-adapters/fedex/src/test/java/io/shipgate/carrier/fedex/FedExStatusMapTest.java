package io.shipgate.carrier.fedex;

import com.fasterxml.jackson.databind.JsonNode;
import io.shipgate.carrier.model.NdrReason;
import io.shipgate.carrier.model.TrackingStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FedExStatusMapTest {

    @Test
    void everyCodeIsListedOnceAndNoneAsUnknown() {
        List<String> statuses = FedExStatusMap.statuses().values().stream().flatMap(Collection::stream).toList();
        List<String> reasons = FedExStatusMap.reasons().values().stream().flatMap(Collection::stream).toList();
        assertThat(statuses).doesNotHaveDuplicates().contains("OC", "PU", "IT", "AR", "DP", "OD", "DL", "DE", "SE", "HL", "RS", "CA");
        assertThat(reasons).doesNotHaveDuplicates().doesNotContainAnyElementsOf(FedExStatusMap.INFORMATIONAL);
        assertThat(FedExStatusMap.statuses()).doesNotContainKey(TrackingStatus.UNKNOWN);
        assertThat(FedExStatusMap.reasons()).doesNotContainKey(NdrReason.OTHER);
    }

    @Test
    void eachPhraseOfTheDescriptionTableMapsOnceToItsOwnReason() {
        List<String> phrases = FedExStatusMap.phrases().values().stream().flatMap(Collection::stream).toList();
        assertThat(phrases).doesNotHaveDuplicates();
        assertThat(FedExStatusMap.phrases()).doesNotContainKey(NdrReason.OTHER);
        FedExStatusMap.phrases().forEach((reason, listed) -> listed.forEach(phrase -> {
            assertThat(FedExStatusMap.ndrReason(null, phrase)).as(phrase).isEqualTo(reason);
            assertThat(FedExStatusMap.ndrReason(null, "Delivery exception - " + phrase.toUpperCase(java.util.Locale.ROOT) + "."))
                    .as("%s inside a description", phrase).isEqualTo(reason);
        }));
    }

    @Test
    void theLongestPhraseDecidesNotTheTablesOrder() {
        assertThat(FedExStatusMap.ndrReason(null, "Customer not available or business closed"))
                .as("the customer's absence, not the business's hours").isEqualTo(NdrReason.CONSIGNEE_UNAVAILABLE);
        assertThat(FedExStatusMap.ndrReason(null, "Business closed - no delivery attempt")).isEqualTo(NdrReason.PREMISES_CLOSED);
        assertThat(FedExStatusMap.ndrReason(null, "Incorrect address - unable to locate")).isEqualTo(NdrReason.ADDRESS_ISSUE);
    }

    @Test
    void everyStatusAndExceptionCodeOfTheExamplesIsMapped() {
        List<JsonNode> answers = List.of(FedExTestSupport.json("tracking/tracking_response.json"),
                FedExTestSupport.json("tracking/tracking_response_history.json"));
        List<String> statusCodes = new ArrayList<>();
        List<String> exceptionCodes = new ArrayList<>();
        for (JsonNode answer : answers) {
            Stream.of("code", "derivedCode", "eventType", "derivedStatusCode")
                    .forEach(field -> statusCodes.addAll(answer.findValuesAsText(field).stream()
                            .filter(code -> code.length() == 2).toList()));
            exceptionCodes.addAll(answer.findValuesAsText("exceptionCode"));
            exceptionCodes.addAll(answer.findValuesAsText("reason"));
        }
        assertThat(statusCodes).isNotEmpty().allSatisfy(code -> assertThat(FedExStatusMap.status(code)).as(code).isNotEqualTo(TrackingStatus.UNKNOWN));
        assertThat(exceptionCodes).containsExactlyInAnyOrder("A25", "08", "15")
                .allSatisfy(code -> assertThat(FedExStatusMap.INFORMATIONAL.contains(code)
                        || FedExStatusMap.ndrReason(code, null) != NdrReason.OTHER).as(code).isTrue());
    }

    @Test
    void failedAttemptsHaveAReasonFromTheCodeElseTheDescription() {
        assertThat(FedExStatusMap.status("DE")).isEqualTo(TrackingStatus.FAILED_DELIVERY);
        assertThat(FedExStatusMap.ndrReason("07", "Delivery was refused by the recipient")).isEqualTo(NdrReason.REFUSED);
        assertThat(FedExStatusMap.ndrReason("15", "Customer not available or business closed")).isEqualTo(NdrReason.CONSIGNEE_UNAVAILABLE);
        assertThat(FedExStatusMap.ndrReason("99X", "Incorrect address")).isEqualTo(NdrReason.ADDRESS_ISSUE);
        assertThat(FedExStatusMap.ndrReason(null, "Business closed - no delivery attempt")).isEqualTo(NdrReason.PREMISES_CLOSED);
        assertThat(FedExStatusMap.ndrReason(null, "Package damaged")).isEqualTo(NdrReason.OTHER);
        assertThat(FedExStatusMap.explainsFailure("A25")).isFalse();
    }

    @Test
    void anUnknownCodeIsUnknownAndADetailedCodeFallsBackToFedExsDerivedOne() {
        assertThat(FedExStatusMap.status("ZZ")).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(FedExStatusMap.status(null)).isEqualTo(TrackingStatus.UNKNOWN);
        assertThat(FedExStatusMap.status("ZZ", "IT")).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(FedExStatusMap.status("OD", "IT")).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
    }
}
