package io.shipgate.gateway.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shipgate.gateway.label.LabelProfileRequest;
import io.shipgate.gateway.label.LabelProfileView;
import io.shipgate.gateway.label.LabelProfiles;
import io.shipgate.gateway.ndr.NdrPolicyRequest;
import io.shipgate.gateway.ndr.NdrPolicyService;
import io.shipgate.gateway.ndr.NdrPolicyView;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.RequestBodies;
import io.shipgate.gateway.recommendation.RecommendationRuleService;
import io.shipgate.gateway.recommendation.RecommendationRules;
import io.shipgate.gateway.recommendation.RecommendationRulesView;
import io.shipgate.gateway.returns.ReturnRulesView;
import io.shipgate.gateway.returns.ReturnService;
import io.shipgate.gateway.returns.UpdateReturnRulesRequest;
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

import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rule documents, edited as the JSON the API takes (docs/openapi.json), read and checked by the same code as the API
 * ({@link RequestBodies}, then the module's service); a refused document comes back with each field's message:
 * recommendation rules and return rules (one document each, replaced whole), NDR policies and label profiles (a list;
 * each one edited, added or deleted).
 */
@Hidden
@Controller
@RequestMapping("/console/admin")
class AdminRulesController {

    static final int VERSIONS_SHOWN = 10;

    private final RecommendationRuleService recommendationRules;
    private final ReturnService returns;
    private final NdrPolicyService ndrPolicies;
    private final LabelProfiles labelProfiles;
    private final RequestBodies bodies;
    private final ObjectMapper json;

    AdminRulesController(RecommendationRuleService recommendationRules, ReturnService returns, NdrPolicyService ndrPolicies,
                         LabelProfiles labelProfiles, RequestBodies bodies, ObjectMapper json) {
        this.recommendationRules = recommendationRules;
        this.returns = returns;
        this.ndrPolicies = ndrPolicies;
        this.labelProfiles = labelProfiles;
        this.bodies = bodies;
        this.json = json;
    }

    /** What the editor page shows: a title, where the form posts, the document, what it replaces or deletes. */
    record Editor(String title, String intro, String action, String back, String backLabel, String deleteAction, String apiPath) {
    }

    /** A row of a list of documents. */
    record Row(String href, String name, String summary, boolean enabled) {
    }

    // ---- recommendation rules: one document, versions kept

    @GetMapping("/recommendation-rules")
    String recommendationRules(@AuthenticationPrincipal ConsoleUser user, Model model) {
        RecommendationRulesView current = recommendationRules.rules(user.tenantId());
        return recommendationPage(user, model, pretty(current.rules()));
    }

    @PostMapping("/recommendation-rules")
    String putRecommendationRules(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String document, Model model,
                                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            RecommendationRulesView stored = recommendationRules.put(user.tenantId(), bodies.read(document, RecommendationRules.class));
            redirect.addFlashAttribute("notice", "Saved as version " + stored.version() + ": recommendations use it within about a second.");
            return "redirect:/console/admin/recommendation-rules";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return recommendationPage(user, model, document);
        }
    }

    private String recommendationPage(ConsoleUser user, Model model, String document) {
        RecommendationRulesView current = recommendationRules.rules(user.tenantId());
        model.addAttribute("editor", new Editor("Recommendation rules",
                "Score weights, exclusions, preferences and load distribution. Saving stores the whole document as the next version; "
                        + "the versions before are kept.", "/console/admin/recommendation-rules", null, null, null, "/v1/recommendation-rules"));
        model.addAttribute("version", current.version() == 0 ? "Version 0 (the defaults: nothing stored yet)"
                : "Version " + current.version() + ", saved " + current.createdAt());
        model.addAttribute("versions", recommendationRules.history(user.tenantId(), VERSIONS_SHOWN));
        model.addAttribute("document", document);
        return "console/admin/document";
    }

    // ---- return rules: one document

    @GetMapping("/return-rules")
    String returnRules(@AuthenticationPrincipal ConsoleUser user, Model model) {
        ReturnRulesView rules = returns.rules(user.tenantId());
        return returnPage(user, model, pretty(new UpdateReturnRulesRequest(rules.returnWindowDays(), rules.nonReturnableReasons(),
                rules.nonReturnableSkus())));
    }

    @PostMapping("/return-rules")
    String putReturnRules(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String document, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        try {
            returns.putRules(user.tenantId(), bodies.read(document, UpdateReturnRulesRequest.class));
            redirect.addFlashAttribute("notice", "Saved the return rules: the returns page and API apply them to the next return.");
            return "redirect:/console/admin/return-rules";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return returnPage(user, model, document);
        }
    }

    private String returnPage(ConsoleUser user, Model model, String document) {
        ReturnRulesView rules = returns.rules(user.tenantId());
        model.addAttribute("editor", new Editor("Return rules",
                "The return window in days, and the reasons and SKUs that cannot be returned (null or [] for none).",
                "/console/admin/return-rules", null, null, null, "/v1/return-rules"));
        model.addAttribute("version", rules.updatedAt() == null ? "The defaults: nothing refused" : "Saved " + rules.updatedAt());
        model.addAttribute("document", document);
        return "console/admin/document";
    }

    // ---- NDR policies: a list

    @GetMapping("/ndr-policies")
    String ndrPolicies(@AuthenticationPrincipal ConsoleUser user, Model model) {
        List<Row> rows = ndrPolicies.list(user.tenantId()).data().stream()
                .map(p -> new Row("/console/admin/ndr-policies/" + p.id(), p.name(), "priority " + p.priority() + " · " + p.action(), p.enabled()))
                .toList();
        return listPage(model, "NDR policies", "Automatic actions on failed deliveries, tried by priority (lowest first); the first that "
                + "matches acts once per failed attempt.", "/console/admin/ndr-policies/new", "Add a policy", rows);
    }

    @GetMapping("/ndr-policies/new")
    String newNdrPolicy(Model model) {
        return ndrPage(model, null, """
                {
                  "name": "Re-attempt prepaid once",
                  "priority": 100,
                  "enabled": true,
                  "conditions": {"payment_mode": "PREPAID", "max_attempts": 1},
                  "action": "re_attempt"
                }""");
    }

    @PostMapping("/ndr-policies/new")
    String createNdrPolicy(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String document, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        return save(model, response, redirect, () -> ndrPolicies.create(user.tenantId(), bodies.read(document, NdrPolicyRequest.class)).name(),
                "/console/admin/ndr-policies", m -> ndrPage(m, null, document));
    }

    @GetMapping("/ndr-policies/{id}")
    String ndrPolicy(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
        NdrPolicyView policy = ndrPolicies.get(user.tenantId(), id);
        return ndrPage(model, id, pretty(new NdrPolicyRequest(policy.name(), policy.priority(), policy.enabled(), policy.conditions(),
                policy.action())));
    }

    @PostMapping("/ndr-policies/{id}")
    String replaceNdrPolicy(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String document,
                            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ndrPolicies.get(user.tenantId(), id);
        return save(model, response, redirect, () -> ndrPolicies.replace(user.tenantId(), id, bodies.read(document, NdrPolicyRequest.class)).name(),
                "/console/admin/ndr-policies", m -> ndrPage(m, id, document));
    }

    @PostMapping("/ndr-policies/{id}/delete")
    String deleteNdrPolicy(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "Deleted the NDR policy " + ndrPolicies.delete(user.tenantId(), id).name() + ".");
        return "redirect:/console/admin/ndr-policies";
    }

    private String ndrPage(Model model, UUID id, String document) {
        String base = "/console/admin/ndr-policies";
        model.addAttribute("editor", new Editor(id == null ? "New NDR policy" : "NDR policy",
                "Conditions (reasons, payment modes, order value, attempts, carriers, destinations) and the action: re_attempt, "
                        + "return_to_origin or escalate.", id == null ? base + "/new" : base + "/" + id, base, "NDR policies",
                id == null ? null : base + "/" + id + "/delete", "/v1/ndr-policies"));
        model.addAttribute("document", document);
        return "console/admin/document";
    }

    // ---- label profiles: a list

    @GetMapping("/label-profiles")
    String labelProfiles(@AuthenticationPrincipal ConsoleUser user, Model model) {
        List<Row> rows = labelProfiles.list(user.tenantId()).stream()
                .map(p -> new Row("/console/admin/label-profiles/" + p.id(), p.name(), summary(p), true))
                .toList();
        return listPage(model, "Label profiles", "The stock labels are printed on, per tenant or warehouse: PDF (4x6, 4x8, A6, A4 with 1 or 4 "
                + "labels a page), ZPL or PNG at 203 or 300 dpi.", "/console/admin/label-profiles/new", "Add a profile", rows);
    }

    @GetMapping("/label-profiles/new")
    String newLabelProfile(Model model) {
        return labelPage(model, null, """
                {
                  "name": "Thermal 4x6",
                  "format": "ZPL",
                  "dpi": 203,
                  "is_default": false
                }""");
    }

    @PostMapping("/label-profiles/new")
    String createLabelProfile(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String document, Model model,
                              HttpServletResponse response, RedirectAttributes redirect) {
        return save(model, response, redirect, () -> labelProfiles.create(user.tenantId(), bodies.read(document, LabelProfileRequest.class)).name(),
                "/console/admin/label-profiles", m -> labelPage(m, null, document));
    }

    @GetMapping("/label-profiles/{id}")
    String labelProfile(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
        LabelProfileView p = labelProfiles.get(user.tenantId(), id);
        return labelPage(model, id, pretty(new LabelProfileRequest(p.name(), p.format(), p.pageSize(), p.labelsPerPage(), p.dpi(), p.warehouseId(),
                p.isDefault())));
    }

    @PostMapping("/label-profiles/{id}")
    String replaceLabelProfile(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String document,
                               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        labelProfiles.get(user.tenantId(), id);
        return save(model, response, redirect, () -> labelProfiles.update(user.tenantId(), id, bodies.read(document, LabelProfileRequest.class)).name(),
                "/console/admin/label-profiles", m -> labelPage(m, id, document));
    }

    @PostMapping("/label-profiles/{id}/delete")
    String deleteLabelProfile(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "Deleted the label profile " + labelProfiles.delete(user.tenantId(), id).name() + ".");
        return "redirect:/console/admin/label-profiles";
    }

    private String labelPage(Model model, UUID id, String document) {
        String base = "/console/admin/label-profiles";
        model.addAttribute("editor", new Editor(id == null ? "New label profile" : "Label profile",
                "format PDF, ZPL or PNG; page_size (PDF: 4x6, 4x8, A6, A4) and labels_per_page (1, or 4 on A4); dpi (ZPL, "
                        + "PNG: 203 or 300); warehouse_id for a warehouse's profile; is_default to make it the default of its scope.",
                id == null ? base + "/new" : base + "/" + id, base, "Label profiles", id == null ? null : base + "/" + id + "/delete",
                "/v1/label-profiles"));
        model.addAttribute("document", document);
        return "console/admin/document";
    }

    private static String summary(LabelProfileView p) {
        StringBuilder s = new StringBuilder(p.format().name());
        if (p.pageSize() != null) {
            s.append(' ').append(p.pageSize()).append(p.labelsPerPage() != null && p.labelsPerPage() > 1 ? ", " + p.labelsPerPage() + " a page" : "");
        }
        if (p.dpi() != null) {
            s.append(", ").append(p.dpi()).append(" dpi");
        }
        s.append(p.warehouseId() == null ? " · tenant" : " · warehouse " + p.warehouseId());
        if (p.isDefault()) {
            s.append(" · default");
        }
        return s.toString();
    }

    // ---- shared

    private String listPage(Model model, String title, String intro, String newHref, String newLabel, List<Row> rows) {
        model.addAttribute("title", title);
        model.addAttribute("intro", intro);
        model.addAttribute("newHref", newHref);
        model.addAttribute("newLabel", newLabel);
        model.addAttribute("rows", rows);
        return "console/admin/documents";
    }

    private interface Save {
        String run();
    }

    private String save(Model model, HttpServletResponse response, RedirectAttributes redirect, Save save, String back,
                        Function<Model, String> again) {
        try {
            String name = save.run();
            redirect.addFlashAttribute("notice", "Saved " + name + ".");
            return "redirect:" + back;
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return again.apply(model);
        }
    }

    private String pretty(Object document) {
        try {
            ObjectNode tree = json.valueToTree(document);
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
