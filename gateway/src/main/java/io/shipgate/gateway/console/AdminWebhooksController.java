package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.RequestBodies;
import io.shipgate.gateway.webhook.WebhookEndpointRequest;
import io.shipgate.gateway.webhook.WebhookEndpointService;
import io.shipgate.gateway.webhook.WebhookEndpointView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The tenant's webhook endpoints: list, create (the signing secret shown once), edit (url, events, description, enabled or
 * paused), delete; each endpoint's delivery log, newest first, with "deliver again" per event.
 */
@Hidden
@Controller
@RequestMapping("/console/admin/webhooks")
class AdminWebhooksController {

    static final int LOG_PAGE = 50;

    private final WebhookEndpointService endpoints;
    private final RequestBodies bodies;

    AdminWebhooksController(WebhookEndpointService endpoints, RequestBodies bodies) {
        this.endpoints = endpoints;
        this.bodies = bodies;
    }

    /** The form's values. */
    record EndpointForm(String url, String events, String description, boolean enabled) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        return listPage(user, model, new EndpointForm("", "*", "", true));
    }

    @PostMapping
    String create(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String url,
                  @RequestParam(defaultValue = "") String events, @RequestParam(defaultValue = "") String description,
                  @RequestParam(defaultValue = "false") boolean enabled, Model model, HttpServletResponse response) {
        try {
            WebhookEndpointView created = endpoints.create(user.tenantId(), bodies.valid(request(url, events, description, enabled)));
            AdminForms.noStore(response);
            model.addAttribute("endpoint", created);
            return "console/admin/webhook-created";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return listPage(user, model, new EndpointForm(url, events, description, enabled));
        }
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        WebhookEndpointView endpoint = endpoints.get(user.tenantId(), id);
        return editPage(user, model, endpoint, new EndpointForm(endpoint.url(), String.join(", ", endpoint.eventTypes()),
                endpoint.description() == null ? "" : endpoint.description(), endpoint.enabled()), cursor);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String url,
                  @RequestParam(defaultValue = "") String events, @RequestParam(defaultValue = "") String description,
                  @RequestParam(defaultValue = "false") boolean enabled, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        WebhookEndpointView endpoint = endpoints.get(user.tenantId(), id);
        try {
            // enabled is sent only when it changes: a 410-disabled endpoint stays disabled until an admin ticks it again
            Boolean change = enabled == endpoint.enabled() ? null : enabled;
            WebhookEndpointView updated = endpoints.update(user.tenantId(), id, bodies.valid(new WebhookEndpointRequest(url.strip(),
                    eventTypes(events), description.strip(), change)));
            redirect.addFlashAttribute("notice", "Saved the endpoint " + updated.url() + " (" + updated.status() + ").");
            return "redirect:/console/admin/webhooks/" + id;
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return editPage(user, model, endpoint, new EndpointForm(url, events, description, enabled), null);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        WebhookEndpointView deleted = endpoints.delete(user.tenantId(), id);
        redirect.addFlashAttribute("notice", "Deleted the endpoint " + deleted.url() + " with its pending deliveries.");
        return "redirect:/console/admin/webhooks";
    }

    @PostMapping("/{id}/redeliver")
    String redeliver(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam UUID event, RedirectAttributes redirect) {
        endpoints.redeliver(user.tenantId(), event, id);
        redirect.addFlashAttribute("notice", "Event " + event + " will be delivered again shortly, with the same webhook-id.");
        return "redirect:/console/admin/webhooks/" + id;
    }

    private String listPage(ConsoleUser user, Model model, EndpointForm form) {
        model.addAttribute("endpoints", endpoints.list(user.tenantId()));
        model.addAttribute("form", form);
        return "console/admin/webhooks";
    }

    private String editPage(ConsoleUser user, Model model, WebhookEndpointView endpoint, EndpointForm form, String cursor) {
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("form", form);
        model.addAttribute("log", endpoints.deliveries(user.tenantId(), endpoint.id(), LOG_PAGE, cursor));
        return "console/admin/webhook";
    }

    private static WebhookEndpointRequest request(String url, String events, String description, boolean enabled) {
        return new WebhookEndpointRequest(url.isBlank() ? null : url.strip(), eventTypes(events), description.isBlank() ? null : description.strip(),
                enabled);
    }

    /** "shipment.delivered, shipment.exception" as a list; blank: every type. */
    private static List<String> eventTypes(String events) {
        List<String> types = Arrays.stream(events.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return types.isEmpty() ? List.of("*") : types;
    }
}
