package io.shipgate.gateway.console;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.ndr.NdrActionView;
import io.shipgate.gateway.ndr.NdrCaseActions;
import io.shipgate.gateway.ndr.NdrCaseView;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

/**
 * An NDR case on the desk: what failed, how often, until when the merchant can act, the last action with the carrier's
 * answer, and what the action forms need (the reschedule window, the destination, a fresh Idempotency-Key per form).
 */
record NdrDeskCase(UUID id, UUID shipmentId, String awb, String carrier, String status, String outcome, String reason, int attempts,
                   String remarks, String deadline, String urgency, String lastAction, String window, String firstDay, String lastDay,
                   String country, String postalCode, String reAttemptKey, String rescheduleKey, String addressKey, String phoneKey,
                   String rtoKey) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    static NdrDeskCase of(NdrCaseView c, NdrCaseActions.RescheduleWindow window, Instant now) {
        Duration left = Duration.between(now, c.actionDeadline());
        String urgency = left.isNegative() || left.compareTo(Duration.ofHours(6)) < 0 ? "bad" : left.compareTo(Duration.ofHours(24)) < 0 ? "warn" : "";
        String deadline = WHEN.format(c.actionDeadline().atOffset(ZoneOffset.UTC)) + (left.isNegative() ? " (passed)" : " (in " + hours(left) + ")");
        NdrActionView last = c.actions().stream().max(Comparator.comparing(NdrActionView::createdAt)).orElse(null);
        return new NdrDeskCase(c.id(), c.shipmentId(), c.awb(), c.carrier(), c.status(), c.outcome(), reason(c.reason()), c.attempts(),
                c.carrierRemarks(), deadline, urgency, last == null ? null : answer(last, c.carrier()),
                DAY.format(window.first()) + " to " + DAY.format(window.last()), window.first().toString(), window.last().toString(),
                c.destinationCountry(), c.destinationPostalCode(), key(), key(), key(), key(), key());
    }

    public boolean closed() {
        return "closed".equals(status);
    }

    /** The action with the carrier's answer, in words: "Re-attempt: pending at delhivery (request UPL84...), by console:...". */
    static String answer(NdrActionView action, String carrier) {
        String answer = switch (action.status()) {
            case "accepted" -> "accepted by " + carrier;
            case "pending" -> "sent; " + carrier + " is working on it" + (action.carrierRequestId() == null
                    || (action.carrierMessage() != null && action.carrierMessage().contains(action.carrierRequestId()))
                    ? "" : " (request " + action.carrierRequestId() + ")");
            case "rejected" -> "refused by " + carrier;
            default -> "sent; waiting for " + carrier + "'s answer";
        };
        String words = action.carrierMessage() == null || action.carrierMessage().isBlank() ? "" : ": “" + action.carrierMessage() + "”";
        return actionName(action.action()) + " " + answer + words + " — by " + action.actor();
    }

    static String actionName(String action) {
        return switch (action) {
            case "re_attempt" -> "Re-attempt";
            case "reschedule" -> "Reschedule";
            case "change_address" -> "Change of address";
            case "change_phone" -> "Change of phone";
            case "return_to_origin" -> "Return to origin";
            default -> action;
        };
    }

    static String reason(NdrReason reason) {
        String words = reason.name().replace('_', ' ').toLowerCase(Locale.ROOT).replace("cod ", "COD ");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String hours(Duration left) {
        long hours = left.toHours();
        return hours >= 48 ? left.toDays() + " days" : hours >= 1 ? hours + " h" : left.toMinutesPart() + " min";
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
