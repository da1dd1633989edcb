package io.shipgate.gateway.branding;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A tenant's branding as pages and emails use it; {@link #hasLogo()} says whether {@code GET /assets/brand/{slug}/logo}
 * serves an image. Colours are {@code #rrggbb}; {@link #onPrimary()} is the text colour (black or white) readable on the
 * primary colour (WCAG contrast).
 */
public record Branding(UUID tenantId, String slug, String displayName, boolean hasLogo, String primaryColor, String accentColor,
                       String supportEmail, String supportPhone, String message, String defaultLanguage, List<String> languages) {

    /** The languages Shipgate's pages and emails are written in. */
    public static final List<String> SUPPORTED_LANGUAGES = List.of("en", "hi", "ja", "ko");

    /** Black or white, whichever contrasts more with the primary colour. */
    public String onPrimary() {
        return Colors.readableOn(primaryColor);
    }

    /** The language to use for a wish (a browser's or a recipient's locale): offered by the tenant, else its default. */
    public String language(Locale wish) {
        return wish != null && languages.contains(wish.getLanguage()) ? wish.getLanguage() : defaultLanguage;
    }
}
