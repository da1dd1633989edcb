package io.shipgate.carrier.delhivery.pickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.carrier.delhivery.DelhiveryClient;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryJson;
import io.shipgate.carrier.delhivery.DelhiveryTime;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRequest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A pickup request ({@code POST /fm/request/new/}) at a registered warehouse:
 * {@code pickup_location} (the warehouse name: {@code location.company} when given, else the
 * account's {@code pickup_location}), {@code pickup_date} (YYYY-MM-DD), {@code pickup_time}
 * (hh:mm:ss, from when parcels are ready) and {@code expected_package_count}. The answer's
 * {@code pickup_id} is the confirmation. Delhivery's API has no pickup cancellation.
 */
public final class DelhiveryPickupMapper {

    private DelhiveryPickupMapper() {
    }

    public static ObjectNode request(PickupRequest request, String accountWarehouse, LocalDate todayInIndia) {
        if (request.date().isBefore(todayInIndia)) {
            throw DelhiveryErrors.invalid("PAST_PICKUP_DATE", "a pickup date cannot be before today (" + todayInIndia + " in India)", "date");
        }
        String company = request.location().company();
        return DelhiveryJson.object()
                .put("pickup_location", company != null && !company.isBlank() ? company.strip() : accountWarehouse)
                .put("pickup_date", request.date().toString())
                .put("pickup_time", DelhiveryTime.time(request.readyFrom()))
                .put("expected_package_count", request.packageCount());
    }

    public static PickupConfirmation parse(PickupRequest request, JsonNode answer) {
        String pickupId = DelhiveryJson.text(answer, "pickup_id");
        if (pickupId == null) {
            String remark = DelhiveryErrors.text(answer).orElse(null);
            if (answer.path("pr_exist").asBoolean(false)) {
                throw DelhiveryErrors.invalidState(DelhiveryClient.SCHEDULE_PICKUP, remark);
            }
            throw DelhiveryErrors.refused(DelhiveryClient.SCHEDULE_PICKUP, remark, DelhiveryErrors.Fields.NONE);
        }
        LocalDate date = DelhiveryTime.date(DelhiveryJson.text(answer, "pickup_date"));
        return new PickupConfirmation(pickupId, date == null ? request.date() : date, time(DelhiveryJson.text(answer, "pickup_time"),
                request.readyFrom()), request.readyUntil(), DelhiveryJson.write(answer));
    }

    private static LocalTime time(String value, LocalTime fallback) {
        try {
            return value == null ? fallback : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
