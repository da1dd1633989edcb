package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.RequestBodies;
import io.shipgate.gateway.tenant.ApiKeyKind;
import io.shipgate.gateway.tenant.ApiKeyService;
import io.shipgate.gateway.tenant.ApiKeyView;
import io.shipgate.gateway.tenant.CreateApiKeyRequest;
import io.shipgate.gateway.tenant.NewApiKeyView;
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

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The tenant's API keys: list (never a secret), create (the key shown once, on the answer's page), revoke. */
@Hidden
@Controller
@RequestMapping("/console/admin/api-keys")
class AdminApiKeysController {

    /** The modes an admin may create here (operator keys are the command line's). */
    static final List<ApiKeyKind> MODES = List.of(ApiKeyKind.LIVE, ApiKeyKind.TEST, ApiKeyKind.PUBLISHABLE);

    private final ApiKeyService keys;
    private final RequestBodies bodies;

    AdminApiKeysController(ApiKeyService keys, RequestBodies bodies) {
        this.keys = keys;
        this.bodies = bodies;
    }

    @GetMapping
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        return listPage(user, model, "", "live");
    }

    @PostMapping
    String create(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String mode, Model model, HttpServletResponse response) {
        try {
            NewApiKeyView key = keys.issue(user.tenantId(), bodies.valid(new CreateApiKeyRequest(name.isBlank() ? null : name, mode(mode))));
            AdminForms.noStore(response);
            model.addAttribute("key", key);
            return "console/admin/api-key-created";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return listPage(user, model, name, mode);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ApiKeyView key = keys.revoke(user.tenantId(), id);
        redirect.addFlashAttribute("notice", "Revoked the key " + key.prefix() + "… (" + key.name() + "): every gateway refuses it within a second.");
        return "redirect:/console/admin/api-keys";
    }

    private String listPage(ConsoleUser user, Model model, String name, String mode) {
        model.addAttribute("keys", keys.list(user.tenantId()));
        model.addAttribute("modes", MODES);
        model.addAttribute("name", name);
        model.addAttribute("mode", mode);
        return "console/admin/api-keys";
    }

    private static ApiKeyKind mode(String mode) {
        return MODES.stream().filter(m -> m.wireName().equals(mode.strip().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }
}
