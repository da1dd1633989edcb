package io.shipgate.gateway.serviceability;

import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Serviceability;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one account's table entries or live answer say about a lane and payment: served (with ODA and the
 * carrier's services), or the first reason it is not, checked in a fixed order: the destination
 * (listed, embargo), the origin's pickup, then the payment.
 *
 * @param reason null when served
 */
record Verdict(ExclusionReason reason, ServiceEnd end, String detail, boolean oda, List<String> services) {

    static Verdict served(boolean oda, List<String> services, String note) {
        return new Verdict(null, null, note, oda, services);
    }

    static Verdict excluded(ExclusionReason reason, ServiceEnd end, String detail) {
        return new Verdict(reason, end, detail, false, List.of());
    }

    /** The verdict of an uploaded table's entries (null: the table does not list the postal code). */
    static Verdict ofTable(ServiceabilityCheck check, TableIndex.Entry origin, TableIndex.Entry destination, String currency) {
        String to = check.destinationCountry() + " " + check.destinationPostalCode();
        String from = check.originCountry() + " " + check.originPostalCode();
        if (destination == null) {
            return excluded(ExclusionReason.NOT_SERVICEABLE, ServiceEnd.DESTINATION, to + " is not in the account's serviceability table");
        }
        if (destination.embargo()) {
            return excluded(ExclusionReason.EMBARGO, ServiceEnd.DESTINATION, to + " is under embargo (temporarily not served)");
        }
        if (origin == null) {
            return excluded(ExclusionReason.NOT_SERVICEABLE, ServiceEnd.ORIGIN, from + " is not in the account's serviceability table");
        }
        if (origin.embargo()) {
            return excluded(ExclusionReason.EMBARGO, ServiceEnd.ORIGIN, from + " is under embargo (temporarily not served)");
        }
        if (!origin.pickup()) {
            return excluded(ExclusionReason.NOT_SERVICEABLE, ServiceEnd.ORIGIN, "no pickup at " + from);
        }
        Verdict payment = payment(check, destination.prepaid(), destination.cod(),
                destination.codLimit() == null ? null : new Money(destination.codLimit(), currency), to);
        return payment != null ? payment : served(destination.oda(), List.of(), null);
    }

    /** The verdict of a carrier's live answer, asked without a COD amount. */
    static Verdict ofLive(ServiceabilityCheck check, Serviceability answer) {
        String to = check.destinationCountry() + " " + check.destinationPostalCode();
        String from = check.originCountry() + " " + check.originPostalCode();
        String remark = answer.remark();
        if (answer.embargo()) {
            return excluded(ExclusionReason.EMBARGO, ServiceEnd.DESTINATION, to + " is under embargo (temporarily not served)");
        }
        if (!answer.prepaid() && !answer.cod()) {
            return excluded(ExclusionReason.NOT_SERVICEABLE, ServiceEnd.DESTINATION, remark != null ? remark : "the carrier does not deliver to " + to);
        }
        if (!answer.pickup()) {
            return excluded(ExclusionReason.NOT_SERVICEABLE, ServiceEnd.ORIGIN, "the carrier does not pick up at " + from);
        }
        Verdict payment = payment(check, answer.prepaid(), answer.cod(), answer.codLimit(), to);
        return payment != null ? payment : served(answer.oda(), answer.services(), remark);
    }

    private static Verdict payment(ServiceabilityCheck check, boolean prepaid, boolean cod, Money limit, String to) {
        if (check.cod() == null) {
            return prepaid ? null : excluded(ExclusionReason.NOT_SERVICEABLE, ServiceEnd.DESTINATION,
                    to + " is served with cash on delivery only; the order is prepaid");
        }
        if (!cod) {
            return excluded(ExclusionReason.COD_NOT_AVAILABLE, ServiceEnd.DESTINATION, "no cash on delivery at " + to);
        }
        if (limit == null) {
            return null;
        }
        if (!limit.currency().equals(check.cod().currency())) {
            return excluded(ExclusionReason.COD_NOT_AVAILABLE, ServiceEnd.DESTINATION, "cash on delivery at " + to + " is collected in "
                    + limit.currency() + ", not " + check.cod().currency());
        }
        BigDecimal amount = check.cod().amount();
        return amount.compareTo(limit.amount()) > 0 ? excluded(ExclusionReason.COD_OVER_LIMIT, ServiceEnd.DESTINATION, "COD above "
                + limit.currency() + " " + limit.amount().toPlainString() + " is not collected at " + to) : null;
    }
}
