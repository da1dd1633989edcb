package io.shipgate.gateway.pages;

import io.shipgate.gateway.branding.Branding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The pages' refusals as pages: an unknown tenant (Shipgate's own look), too many lookups (429 with Retry-After). */
final class PageErrors {

    private PageErrors() {
    }

    /** No tenant has this slug: the "not found" page without a brand, in the browser's language (any Shipgate offers). */
    static ModelAndView unknownTenant(PageViews views, HttpServletRequest request, HttpServletResponse response) {
        Branding neutral = new Branding(null, "", "Shipgate", false, "#14213d", "#0b5cad", null, null, null, "en", Branding.SUPPORTED_LANGUAGES);
        Locale locale = views.locale(neutral, request, response);
        ModelAndView page = views.page("pages/not-found", HttpStatus.NOT_FOUND, neutral, locale, request, response, Map.of());
        page.addObject("languages", List.of());
        return page;
    }

    static ModelAndView slowDown(PageViews views, Branding brand, Locale locale, long retryAfterSeconds, HttpServletRequest request,
                                 HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return views.page("pages/slow-down", HttpStatus.TOO_MANY_REQUESTS, brand, locale, request, response,
                Map.of("seconds", retryAfterSeconds));
    }
}
