package io.shipgate.gateway.console;

import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.carrier.CreateCarrierAccountRequest;
import io.shipgate.gateway.carrier.UpdateCarrierAccountRequest;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.RequestBodies;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's carrier accounts: list, add, edit, enable or disable. The form has one input per setting and credential
 * the carrier declares; credentials are write-only: their inputs are always empty (the page says whether one is set), and
 * an empty credential input keeps the stored one.
 */
@Hidden
@Controller
@RequestMapping("/console/admin/carrier-accounts")
class AdminCarrierAccountsController {

    static final String SETTING = "setting.";
    static final String CREDENTIAL = "credential.";

    private final CarrierAccountService accounts;
    private final CarrierRegistry carriers;
    private final RequestBodies bodies;

    AdminCarrierAccountsController(CarrierAccountService accounts, CarrierRegistry carriers, RequestBodies bodies) {
        this.accounts = accounts;
        this.carriers = carriers;
        this.bodies = bodies;
    }

    /** One input of the form: a setting (with its value) or a credential (only whether it is set). */
    record Field(String name, boolean secret, boolean required, String description, String hint, String value, boolean set) {

        /** The input's name in the form, and the API's name of the field in its errors. */
        public String input() {
            return (secret ? CREDENTIAL : SETTING) + name;
        }

        public String errorKey() {
            return (secret ? "credentials." : "settings.") + name;
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("accounts", accounts.list(user.tenantId()));
        model.addAttribute("carriers", carriers.all().stream().map(c -> c.descriptor()).toList());
        return "console/admin/carrier-accounts";
    }

    @GetMapping("/new")
    String newAccount(@RequestParam(defaultValue = "") String carrier, Model model) {
        CarrierAdapter adapter = carrier(carrier);
        return form(model, adapter, null, "", true, Map.of(), List.of());
    }

    @PostMapping
    String create(@AuthenticationPrincipal ConsoleUser user, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        CarrierAdapter adapter = carrier(form.getOrDefault("carrier", ""));
        String name = form.getOrDefault("name", "");
        boolean enabled = form.containsKey("enabled");
        Map<String, String> settings = values(form, SETTING);
        try {
            CarrierAccountView created = accounts.create(user.tenantId(), bodies.valid(new CreateCarrierAccountRequest(adapter.code(), name,
                    settings, values(form, CREDENTIAL), enabled)));
            redirect.addFlashAttribute("notice", "Added the " + adapter.descriptor().displayName() + " account " + created.name() + ".");
            return "redirect:/console/admin/carrier-accounts";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return form(model, adapter, null, name, enabled, settings, List.of());
        }
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
        CarrierAccountView account = accounts.get(user.tenantId(), id);
        return form(model, carrier(account.carrier()), account, account.name(), account.enabled(), account.settings(), account.credentialFields());
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CarrierAccountView account = accounts.get(user.tenantId(), id);
        CarrierAdapter adapter = carrier(account.carrier());
        String name = form.getOrDefault("name", "");
        boolean enabled = form.containsKey("enabled");
        // every setting as the form has it (an emptied one is removed); credentials only where one was typed (empty keeps it)
        Map<String, String> settings = new HashMap<>();
        adapter.descriptor().accountFields().stream().filter(f -> !f.secret())
                .forEach(f -> settings.put(f.name(), form.getOrDefault(SETTING + f.name(), "")));
        Map<String, String> credentials = values(form, CREDENTIAL);
        try {
            CarrierAccountView updated = accounts.update(user.tenantId(), id, bodies.valid(new UpdateCarrierAccountRequest(name, settings,
                    credentials, enabled)));
            redirect.addFlashAttribute("notice", "Saved the account " + updated.name() + (credentials.isEmpty() ? "" : " and its new credentials")
                    + ".");
            return "redirect:/console/admin/carrier-accounts";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return form(model, adapter, account, name, enabled, values(form, SETTING), account.credentialFields());
        }
    }

    @PostMapping("/{id}/enabled")
    String enable(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        CarrierAccountView updated = accounts.update(user.tenantId(), id, new UpdateCarrierAccountRequest(null, null, null, enabled));
        redirect.addFlashAttribute("notice", updated.name() + (enabled ? " is enabled: it takes new shipments."
                : " is disabled: it takes no new shipments; its shipments stay trackable."));
        return "redirect:/console/admin/carrier-accounts";
    }

    private String form(Model model, CarrierAdapter adapter, CarrierAccountView account, String name, boolean enabled, Map<String, String> settings,
                        List<String> credentialsSet) {
        List<Field> fields = adapter.descriptor().accountFields().stream()
                .map(f -> new Field(f.name(), f.secret(), f.required(), f.description(), hint(f),
                        f.secret() ? "" : settings.getOrDefault(f.name(), ""), f.secret() && credentialsSet.contains(f.name())))
                .toList();
        model.addAttribute("carrier", adapter.descriptor());
        model.addAttribute("account", account);
        model.addAttribute("name", name);
        model.addAttribute("enabled", enabled);
        model.addAttribute("settings", fields.stream().filter(f -> !f.secret()).toList());
        model.addAttribute("credentials", fields.stream().filter(Field::secret).toList());
        return "console/admin/carrier-account";
    }

    private static String hint(AccountField field) {
        String type = field.type().describe();
        return type == null || type.isBlank() ? "" : type;
    }

    private CarrierAdapter carrier(String code) {
        return carriers.find(code).orElseThrow(() -> ApiException.notFound("carrier '" + code + "'"));
    }

    /** The form's non-empty inputs under {@code prefix}, by field name. */
    private static Map<String, String> values(Map<String, String> form, String prefix) {
        Map<String, String> out = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(prefix) && v != null && !v.isBlank()) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }
}
