package io.shipgate.gateway.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /console/admin}: the index of what an admin manages (admins only, {@link ConsoleSecurityConfiguration}). */
@Hidden
@Controller
class AdminIndexController {

    @GetMapping({"/console/admin", "/console/admin/"})
    String index() {
        return "console/admin/index";
    }
}
