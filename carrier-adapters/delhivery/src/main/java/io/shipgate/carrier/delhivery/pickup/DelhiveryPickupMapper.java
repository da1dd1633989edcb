package io.shipgate.carrier.delhivery.pickup;

import io.shipgate.carrier.delhivery.DelhiveryClient;
import io.shipgate.carrier.delhivery.DelhiveryErrors;
import io.shipgate.carrier.delhivery.DelhiveryUnits;
import io.shipgate.carrier.delhivery.pickup.DelhiveryPickupWire.Answer;
import io.shipgate.carrier.spi.CarrierJson;
import io.shipgate.carrier.spi.CarrierTimes;
import io.shipgate.carrier.model.PickupConfirmation;
import io.shipgate.carrier.model.PickupRequest;

import java.nio.charset.StandardCharsets;
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

    public static DelhiveryPickupWire.Request request(PickupRequest request, String accountWarehouse, LocalDate todayInIndia) {
        if (request.date().isBefore(todayInIndia)) {
            throw DelhiveryErrors.invalid("PAST_PICKUP_DATE", "a pickup date cannot be before today (" + todayInIndia + " in India)", "date");
        }
        String company = request.location().company();
        return new DelhiveryPickupWire.Request(company != null && !company.isBlank() ? company.strip() : accountWarehouse,
                request.date().toString(), DelhiveryUnits.time(request.readyFrom()), request.packageCount());
    }

    public static PickupConfirmation parse(PickupRequest request, byte[] body) {
        Answer answer = DelhiveryErrors.read(body, Answer.class);
        String pickupId = answer.pickupId() == null || answer.pickupId().isBlank() ? null : answer.pickupId().strip();
        if (pickupId == null) {
            String remark = DelhiveryErrors.reason(answer.error(), answer.message()).orElse(null);
            if (Boolean.TRUE.equals(answer.prExist())) {
                throw DelhiveryErrors.invalidState(DelhiveryClient.SCHEDULE_PICKUP, remark);
            }
            throw DelhiveryErrors.refused(DelhiveryClient.SCHEDULE_PICKUP, remark, DelhiveryErrors.Fields.NONE);
        }
        LocalDate date = CarrierTimes.date(answer.pickupDate());
        return new PickupConfirmation(pickupId, date == null ? request.date() : date, time(answer.pickupTime(), request.readyFrom()),
                request.readyUntil(), new String(CarrierJson.write(answer), StandardCharsets.UTF_8));
    }

    private static LocalTime time(String value, LocalTime fallback) {
        try {
            return value == null ? fallback : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
