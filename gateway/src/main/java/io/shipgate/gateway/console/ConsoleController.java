package io.shipgate.gateway.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The console's frame: sign-in, the home page (scan or search), the 403 page. */
@Hidden
@Controller
class ConsoleController {

    @GetMapping(ConsoleSecurityConfiguration.LOGIN)
    String login(@AuthenticationPrincipal ConsoleUser user) {
        return user == null ? "console/login" : "redirect:/console";
    }

    @GetMapping("/console")
    String home() {
        return "console/home";
    }

    @RequestMapping("/console/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "console/forbidden";
    }
}
