package io.shipgate.gateway.notify;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.gateway.returns.ReturnEvent;
import io.shipgate.gateway.shipment.ShipmentEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which typed events (the ones the outbox records for merchants) call for a customer's message, queued in the
 * transaction of the change, one statement each: the message exists if and only if the status change was committed, and
 * once per shipment, milestone and channel however often the carrier repeats it. A channel that is off (no SMTP server,
 * no SMS provider) queues nothing.
 * <ul>
 * <li>SHIPPED: the first move to PICKED_UP or IN_TRANSIT from before the pickup (a parcel back in transit after a failed
 * delivery is not "shipped" again)</li>
 * <li>OUT_FOR_DELIVERY: a move to OUT_FOR_DELIVERY; DELIVERED: {@code shipment.delivered}; DELIVERY_FAILED:
 * {@code shipment.failed_attempt}</li>
 * <li>RETURN_RECEIVED: a return moved to RETURN_DELIVERED (written to the customer of the shipment it returns)</li>
 * </ul>
 */
@Component
class NotificationTriggers {

    /** The statuses before the carrier has the parcel. */
    static final Set<TrackingStatus> BEFORE_PICKUP = EnumSet.of(TrackingStatus.MANIFESTED, TrackingStatus.PICKUP_PENDING,
            TrackingStatus.OUT_FOR_PICKUP, TrackingStatus.PICKUP_FAILED, TrackingStatus.UNKNOWN);

    private final CustomerNotifications notifications;
    private final NotificationProperties properties;
    private final EmailSwitch email;
    private final SmsSwitch sms;

    NotificationTriggers(CustomerNotifications notifications, NotificationProperties properties, EmailSwitch email, SmsSwitch sms) {
        this.notifications = notifications;
        this.properties = properties;
        this.email = email;
        this.sms = sms;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void statusChanged(ShipmentEvent.StatusChanged event) {
        TrackingStatus status = event.status();
        if ((status == TrackingStatus.PICKED_UP || status == TrackingStatus.IN_TRANSIT)
                && (event.previousStatus() == null || BEFORE_PICKUP.contains(event.previousStatus()))) {
            queue(event.tenantId(), event.shipmentId(), event.shipmentId(), event.awb(), Milestone.SHIPPED);
        } else if (status == TrackingStatus.OUT_FOR_DELIVERY) {
            queue(event.tenantId(), event.shipmentId(), event.shipmentId(), event.awb(), Milestone.OUT_FOR_DELIVERY);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void delivered(ShipmentEvent.Delivered event) {
        queue(event.tenantId(), event.shipmentId(), event.shipmentId(), event.awb(), Milestone.DELIVERED);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void failedAttempt(ShipmentEvent.FailedAttempt event) {
        queue(event.tenantId(), event.shipmentId(), event.shipmentId(), event.awb(), Milestone.DELIVERY_FAILED);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnMoved(ReturnEvent.StatusChanged event) {
        if (event.status() == TrackingStatus.RETURN_DELIVERED) {
            queue(event.tenantId(), event.returnId(), event.shipmentId(), event.awb(), Milestone.RETURN_RECEIVED);
        }
    }

    private void queue(UUID tenantId, UUID subjectId, UUID shipmentId, String awb, Milestone milestone) {
        if (awb == null) {
            return;
        }
        if (email.on()) {
            notifications.queue(tenantId, subjectId, shipmentId, awb, milestone, Channel.EMAIL, properties.defaults(Channel.EMAIL));
        }
        if (sms.on()) {
            notifications.queue(tenantId, subjectId, shipmentId, awb, milestone, Channel.SMS, properties.defaults(Channel.SMS));
        }
    }
}
