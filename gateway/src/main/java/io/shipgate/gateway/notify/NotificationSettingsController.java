package io.shipgate.gateway.notify;

import io.shipgate.gateway.platform.openapi.ErrorResponses;
import io.shipgate.gateway.platform.openapi.ExampleBodies;
import io.shipgate.gateway.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/v1/notification-settings")
@Tag(name = "Customer notifications", description = "Milestone emails and SMS to the shipment's recipient: which milestones send.")
class NotificationSettingsController {

    private final NotificationSettingsService settings;

    NotificationSettingsController(NotificationSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(operationId = "getNotificationSettings", summary = "Get the customer notification settings",
            description = "The milestones that email and text the recipient (the gateway's defaults until set), and whether this gateway sends "
                    + "email and SMS at all.")
    @ExampleBodies(response = "notification-settings")
    NotificationSettingsView get(Tenant tenant) {
        return settings.get(tenant.id());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "putNotificationSettings", summary = "Replace the customer notification settings", description = """
            Replaces the milestones that email (milestones) and text (sms_milestones) the recipient: SHIPPED, OUT_FOR_DELIVERY,
            DELIVERED, DELIVERY_FAILED, RETURN_RECEIVED. Status changes from then on follow them, and a message not sent yet whose milestone was
            switched off is dropped.""")
    @ExampleBodies(request = "notification-settings-request", response = "notification-settings")
    @ErrorResponses(400)
    NotificationSettingsView put(Tenant tenant, @Valid @RequestBody UpdateNotificationSettingsRequest request) {
        return settings.update(tenant.id(), set(request.milestones()), set(request.smsMilestones()));
    }

    private static Set<Milestone> set(List<Milestone> milestones) {
        return milestones == null || milestones.isEmpty() ? EnumSet.noneOf(Milestone.class) : EnumSet.copyOf(milestones);
    }
}
