package io.shipgate.gateway.pages;

import io.shipgate.gateway.branding.Branding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a page in the tenant's branding and the visitor's language ({@link PageLanguage}): the template is resolved for
 * that locale (Thymeleaf's cached views; messages from i18n/pages*), and the model gets what every page's frame shows:
 * {@code brand}, {@code lang}, {@code languages} (the switcher) and {@code logoUrl}.
 */
@Component
class PageViews {

    /** A language of the switcher: its code, its name in itself, the current page in it, whether it is the page's. */
    record LanguageLink(String code, String name, String href, boolean current) {
    }

    private final ThymeleafViewResolver views;

    PageViews(ThymeleafViewResolver views) {
        this.views = views;
    }

    /** The page's language for this visitor (and, with {@code ?lang=}, remembered). */
    Locale locale(Branding brand, HttpServletRequest request, HttpServletResponse response) {
        return PageLanguage.of(brand, request, response);
    }

    ModelAndView page(String template, HttpStatus status, Branding brand, Locale locale, HttpServletRequest request,
                      HttpServletResponse response, Map<String, ?> model) {
        View view;
        try {
            view = views.resolveViewName(template, locale);
        } catch (Exception e) {
            throw new IllegalStateException("template " + template, e);
        }
        ModelAndView page = new ModelAndView(view, model);
        page.setStatus(status);
        page.addObject("brand", brand);
        page.addObject("lang", locale.getLanguage());
        page.addObject("logoUrl", brand != null && brand.hasLogo() ? "/assets/brand/" + brand.slug() + "/logo" : null);
        page.addObject("languages", brand == null ? List.of() : brand.languages().stream()
                .map(code -> new LanguageLink(code, PageLanguage.NAMES.getOrDefault(code, code), request.getRequestURI() + "?lang=" + code,
                        code.equals(locale.getLanguage())))
                .toList());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        return page;
    }
}
