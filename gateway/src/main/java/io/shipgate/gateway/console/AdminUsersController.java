package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.problem.ApiException;
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

import java.util.Locale;
import java.util.UUID;

/** The tenant's console users: list, create, change name and role, disable or enable, set a new password. */
@Hidden
@Controller
@RequestMapping("/console/admin/users")
class AdminUsersController {

    private final ConsoleUserService users;

    AdminUsersController(ConsoleUserService users) {
        this.users = users;
    }

    /** What the create form holds (the password is never sent back to the page). */
    record NewUserForm(String email, String name, String role) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        return listPage(user, model, new NewUserForm("", "", ConsoleRole.WAREHOUSE.name()));
    }

    @PostMapping
    String create(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
                  @RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ConsoleUserView created = users.create(user.tenantId(), email, name, role(role), password);
            redirect.addFlashAttribute("notice", "Created " + created.email() + " (" + label(created.role()) + "). Give them the password "
                    + "through a private channel; they can sign in at /console now.");
            return "redirect:/console/admin/users";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return listPage(user, model, new NewUserForm(email, name, role));
        }
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("account", users.get(user.tenantId(), id));
        return "console/admin/user";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "false") boolean disabled, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleUserView current = users.get(user.tenantId(), id);
        try {
            ConsoleUserView updated = users.update(user, id, name, role(role), disabled);
            redirect.addFlashAttribute("notice", "Saved " + updated.email() + ": " + label(updated.role())
                    + (updated.disabled() ? ", disabled (cannot sign in)" : ", can sign in") + ".");
            return "redirect:/console/admin/users";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            model.addAttribute("account", new ConsoleUserView(current.id(), current.email(), name, role.isBlank() ? current.role() : role(role),
                    disabled, current.locked(), current.lastLoginAt(), current.createdAt()));
            return "console/admin/user";
        }
    }

    @PostMapping("/{id}/password")
    String password(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String password,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleUserView account = users.get(user.tenantId(), id);
        try {
            users.setPassword(user.tenantId(), id, password);
            redirect.addFlashAttribute("notice", "New password set for " + account.email() + " (and the account unlocked).");
            return "redirect:/console/admin/users";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            model.addAttribute("account", account);
            return "console/admin/user";
        }
    }

    private String listPage(ConsoleUser user, Model model, NewUserForm form) {
        model.addAttribute("users", users.list(user.tenantId()));
        model.addAttribute("form", form);
        model.addAttribute("minPassword", ConsoleUserService.MIN_PASSWORD);
        return "console/admin/users";
    }

    /** The role a form names; an unknown one is null (the service names the field). */
    private static ConsoleRole role(String role) {
        try {
            return role == null || role.isBlank() ? null : ConsoleRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String label(ConsoleRole role) {
        return role == ConsoleRole.ADMIN ? "admin" : "warehouse";
    }
}
