package io.shipgate.gateway.branding;

import java.util.List;

/**
 * What an admin sets (every member replaces the stored one; null clears an optional one, or keeps the default for the
 * colours and languages). The logo is set apart ({@link BrandingService#setLogo}).
 */
public record BrandingUpdate(String displayName, String primaryColor, String accentColor, String supportEmail, String supportPhone,
                             String message, String defaultLanguage, List<String> languages) {
}
