package io.shipgate.gateway.pages;

import io.shipgate.gateway.branding.Branding;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of a page: one the tenant offers ({@link Branding#languages()}), chosen by the switcher ({@code ?lang=xx},
 * then remembered in the {@value #COOKIE} cookie), else the browser's {@code Accept-Language}, else the tenant's default.
 */
final class PageLanguage {

    static final String COOKIE = "sg_lang";

    /** Each language's name in itself, for the switcher. */
    static final Map<String, String> NAMES = Map.of("en", "English", "hi", "हिन्दी", "ja", "日本語", "ko", "한국어");

    private PageLanguage() {
    }

    static Locale of(Branding brand, HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if (asked != null && brand.languages().contains(asked)) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, asked).path("/").maxAge(Duration.ofDays(365))
                    .sameSite("Lax").httpOnly(true).secure(request.isSecure()).build().toString());
            return Locale.of(asked);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && brand.languages().contains(cookie.getValue())) {
                    return Locale.of(cookie.getValue());
                }
            }
        }
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            try {
                List<Locale.LanguageRange> wished = Locale.LanguageRange.parse(header.length() > 200 ? header.substring(0, 200) : header);
                String match = Locale.lookupTag(wished, brand.languages());
                if (match != null) {
                    return Locale.of(match);
                }
            } catch (IllegalArgumentException e) {
                // a malformed header is no wish
            }
        }
        return Locale.of(brand.defaultLanguage());
    }
}
