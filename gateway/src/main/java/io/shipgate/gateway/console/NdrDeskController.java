package io.shipgate.gateway.console;

import io.shipgate.carrier.model.NdrReason;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.ndr.CreateNdrActionRequest;
import io.shipgate.gateway.ndr.NdrCaseActions;
import io.shipgate.gateway.ndr.NdrCasePage;
import io.shipgate.gateway.ndr.NdrCaseView;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.shipment.AddressView;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The NDR desk: the tenant's failed deliveries waiting for a decision, filterable by reason and carrier, each with its
 * actions one click away, taken through the NDR module's action path (the same as {@code POST /v1/ndr/{id}/actions},
 * with an Idempotency-Key per form) and recorded as done by the console user; the carrier's answer, or the NDR module's
 * refusal, shown after.
 */
@Hidden
@Controller
class NdrDeskController {

    static final String DESK = "/console/ndr";
    private static final int PAGE = 20;
    private static final Set<String> STATUSES = Set.of("open", "actioned", "closed");

    private final NdrCaseActions ndr;
    private final CarrierAccountService accounts;
    private final Clock clock;

    NdrDeskController(NdrCaseActions ndr, CarrierAccountService accounts, Clock clock) {
        this.ndr = ndr;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping(DESK)
    String desk(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "open") String status,
                @RequestParam(required = false) NdrReason reason, @RequestParam(required = false) String carrier,
                @RequestParam(required = false) String cursor, Model model) {
        String wanted = STATUSES.contains(status) ? status : "open";
        String carrierCode = carrier == null || carrier.isBlank() ? null : carrier;
        NdrCasePage page = ndr.list(user.tenantId(), wanted, carrierCode, reason, PAGE, cursor);
        List<NdrDeskCase> cases = page.data().stream()
                .map(s -> ndr.get(user.tenantId(), s.id()))
                .map(c -> NdrDeskCase.of(c, ndr.rescheduleWindow(c.carrier()), clock.instant()))
                .toList();
        model.addAttribute("cases", cases);
        model.addAttribute("status", wanted);
        model.addAttribute("reason", reason);
        model.addAttribute("carrier", carrierCode);
        Map<String, String> reasons = new LinkedHashMap<>();
        for (NdrReason r : NdrReason.values()) {
            reasons.put(r.name(), NdrDeskCase.reason(r));
        }
        model.addAttribute("reasons", reasons);
        model.addAttribute("carriers", accounts.list(user.tenantId()).stream().map(CarrierAccountView::carrier).distinct().sorted().toList());
        model.addAttribute("next", page.nextCursor() == null ? null : desk(wanted, reason, carrierCode).queryParam("cursor", page.nextCursor())
                .build().encode().toUriString());
        return "console/ndr/desk";
    }

    /** One action on one case; back to the desk (its filters kept) with the carrier's answer or the NDR module's refusal. */
    @PostMapping(DESK + "/{id}/actions")
    String act(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam Map<String, String> form,
               RedirectAttributes flash) {
        NdrCaseView c = ndr.get(user.tenantId(), id);
        String action = form.getOrDefault("action", "");
        String what = NdrDeskCase.actionName(action) + " for AWB " + c.awb();
        flash.addFlashAttribute("resultCase", id);
        try {
            NdrCaseActions.Taken taken = ndr.act(user.tenantId(), id, blankToNull(form.get("key")), user.actor(), request(action, form));
            boolean refused = "rejected".equals(taken.action().status());
            flash.addFlashAttribute("resultKind", refused ? "error" : "ok");
            flash.addFlashAttribute("result", "AWB " + c.awb() + ": " + NdrDeskCase.answer(taken.action(), c.carrier()) + ".");
        } catch (ApiException e) {
            flash.addFlashAttribute("resultKind", "error");
            flash.addFlashAttribute("result", what + " was not taken: " + e.getMessage());
        }
        NdrReason reason = null;
        try {
            reason = form.get("filter_reason") == null || form.get("filter_reason").isBlank() ? null : NdrReason.valueOf(form.get("filter_reason"));
        } catch (IllegalArgumentException ignored) {
            // an unknown filter is no filter
        }
        return "redirect:" + desk(form.getOrDefault("filter_status", "open"), reason, blankToNull(form.get("filter_carrier")))
                .build().encode().toUriString();
    }

    private static CreateNdrActionRequest request(String action, Map<String, String> form) {
        LocalDate day = null;
        if (form.get("deferred_date") != null && !form.get("deferred_date").isBlank()) {
            try {
                day = LocalDate.parse(form.get("deferred_date").strip());
            } catch (DateTimeParseException e) {
                throw ApiException.invalid("deferred_date", "must be a date (yyyy-mm-dd)");
            }
        }
        AddressView address = "change_address".equals(action) ? new AddressView(null, null, null, null, blankToNull(form.get("street1")),
                blankToNull(form.get("street2")), blankToNull(form.get("city")), blankToNull(form.get("state")),
                blankToNull(form.get("postal_code")), upper(form.get("country")), null) : null;
        return new CreateNdrActionRequest(action, day, address, blankToNull(form.get("new_phone")), blankToNull(form.get("remarks")));
    }

    private static UriComponentsBuilder desk(String status, NdrReason reason, String carrier) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(DESK);
        if (!"open".equals(status) && STATUSES.contains(status)) {
            uri.queryParam("status", status);
        }
        if (reason != null) {
            uri.queryParam("reason", reason.name());
        }
        if (carrier != null) {
            uri.queryParam("carrier", carrier);
        }
        return uri;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String v = blankToNull(value);
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }
}
