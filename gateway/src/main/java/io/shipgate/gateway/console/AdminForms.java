package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.problem.RequestBodies;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the admin pages answer a refused form: the same page again, with what was typed, the status the API would answer
 * (400, 409, 422) and each field's message ({@code errors}: field as the API names it, e.g. {@code settings.account_number},
 * to message) next to its input; what names no field is in {@code formError}. A 404 (another tenant's id) stays the
 * console's "not found" page.
 */
final class AdminForms {

    private AdminForms() {
    }

    /** Puts the exception's errors in the model and sets the status; rethrows a 404 or a server error. */
    static void refused(ApiException e, Model model, HttpServletResponse response) {
        if (e.status().value() == 404 || e.status().is5xxServerError()) {
            throw e;
        }
        response.setStatus(e.status().value());
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : RequestBodies.fieldErrors(e)) {
            errors.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("formError", errors.isEmpty() ? e.getMessage() : null);
    }

    /** A page that shows a secret once: never stored by a browser or a proxy. */
    static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
