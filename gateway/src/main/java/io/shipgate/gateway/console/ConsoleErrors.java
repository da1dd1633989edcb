package io.shipgate.gateway.console;

import io.shipgate.gateway.platform.problem.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Errors on the console's pages as pages (not the API's problem documents): a shipment of another tenant is "not
 * found" (404), a refused form input shows its message. Before the API's {@code ProblemHandler}, for this package only.
 * Also puts the signed-in user in every page's model.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    /** Every console page's model has the signed-in user as {@code user} (null on the sign-in page). */
    @ModelAttribute("user")
    ConsoleUser user(@AuthenticationPrincipal ConsoleUser user) {
        return user;
    }

    @ExceptionHandler(ApiException.class)
    String apiException(ApiException e, HttpServletResponse response, @AuthenticationPrincipal ConsoleUser user, Model model) {
        response.setStatus(e.status().value());
        model.addAttribute("user", user);
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", e.getMessage());
        return "console/error";
    }
}
