package io.shipgate.gateway.console;

import io.shipgate.gateway.branding.Branding;
import io.shipgate.gateway.branding.BrandingService;
import io.shipgate.gateway.branding.BrandingUpdate;
import io.shipgate.gateway.platform.problem.ApiException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The tenant's branding for its tracking and returns pages and its customers' emails: display name, colours, support
 * contact, message, languages; the logo (an upload, checked by {@link BrandingService#setLogo}), served to the console's
 * preview from {@code /console/admin/branding/logo}.
 */
@Hidden
@Controller
@RequestMapping("/console/admin/branding")
class AdminBrandingController {

    /** The languages' names, in their own script. */
    static final Map<String, String> LANGUAGES = Map.of("en", "English", "hi", "हिन्दी (Hindi)", "ja", "日本語 (Japanese)", "ko", "한국어 (Korean)");

    private final BrandingService branding;

    AdminBrandingController(BrandingService branding) {
        this.branding = branding;
    }

    @GetMapping
    String show(@AuthenticationPrincipal ConsoleUser user, Model model) {
        Branding current = branding.get(user.tenantId());
        return page(model, current, new BrandingUpdate(current.displayName(), current.primaryColor(), current.accentColor(), current.supportEmail(),
                current.supportPhone(), current.message(), current.defaultLanguage(), current.languages()));
    }

    @PostMapping
    String update(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String primaryColor, @RequestParam(defaultValue = "") String accentColor,
                  @RequestParam(defaultValue = "") String supportEmail, @RequestParam(defaultValue = "") String supportPhone,
                  @RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "") String defaultLanguage,
                  @RequestParam(defaultValue = "") List<String> languages, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BrandingUpdate update = new BrandingUpdate(displayName, primaryColor, accentColor, supportEmail, supportPhone, message, defaultLanguage,
                languages.stream().filter(l -> !l.isBlank()).toList());
        try {
            branding.update(user.tenantId(), update);
            redirect.addFlashAttribute("notice", "Saved the branding: the tracking and returns pages show it within a minute (they cache it briefly).");
            return "redirect:/console/admin/branding";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return page(model, branding.get(user.tenantId()), update);
        }
    }

    @PostMapping("/logo")
    String logo(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) MultipartFile logo, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (logo == null || logo.isEmpty()) {
                throw ApiException.invalid("logo", "choose an image file (PNG, JPEG or WebP)");
            }
            branding.setLogo(user.tenantId(), logo.getBytes());
            redirect.addFlashAttribute("notice", "Uploaded the logo.");
            return "redirect:/console/admin/branding";
        } catch (ApiException e) {
            AdminForms.refused(e, model, response);
            return show(user, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/logo/remove")
    String removeLogo(@AuthenticationPrincipal ConsoleUser user, RedirectAttributes redirect) {
        branding.setLogo(user.tenantId(), null);
        redirect.addFlashAttribute("notice", "Removed the logo: the pages show the display name instead.");
        return "redirect:/console/admin/branding";
    }

    /** The admin's tenant's logo, for the preview (never cached: it changes with an upload). */
    @GetMapping("/logo")
    ResponseEntity<byte[]> logoImage(@AuthenticationPrincipal ConsoleUser user) {
        BrandingService.Logo logo = branding.logo(user.tenantId()).orElseThrow(() -> ApiException.notFound("logo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType())).cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff").body(logo.bytes());
    }

    /** The preview's colours as a stylesheet of the console (its Content-Security-Policy allows no inline style). */
    @GetMapping(value = "/preview.css", produces = "text/css")
    ResponseEntity<String> previewStyle(@AuthenticationPrincipal ConsoleUser user) {
        Branding current = branding.get(user.tenantId());
        String css = ".brand-header { background: %s; color: %s; }%n.brand-link { color: %s; }%n"
                .formatted(current.primaryColor(), current.onPrimary(), current.accentColor());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/css")).cacheControl(CacheControl.noStore()).body(css);
    }

    private String page(Model model, Branding current, BrandingUpdate form) {
        model.addAttribute("branding", current);
        model.addAttribute("form", form);
        model.addAttribute("languages", Branding.SUPPORTED_LANGUAGES);
        model.addAttribute("languageNames", LANGUAGES);
        return "console/admin/branding";
    }
}
