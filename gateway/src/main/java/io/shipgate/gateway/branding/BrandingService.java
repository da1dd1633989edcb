package io.shipgate.gateway.branding;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.validation.EmailAddresses;
import io.shipgate.gateway.tenant.Tenant;
import io.shipgate.gateway.tenant.TenantService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads and sets tenants' branding ({@code tenant_branding}); every read and write names its tenant. */
@Service
public class BrandingService {

    static final int MAX_LOGO_BYTES = 256 * 1024;
    static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/webp");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,25}$");

    private final JdbcClient jdbc;
    private final TenantService tenants;
    private final Clock clock;

    BrandingService(JdbcClient jdbc, TenantService tenants, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The tenant's branding, or the defaults where it set none. */
    public Branding get(UUID tenantId) {
        var tenant = tenants.get(tenantId);
        return jdbc.sql("""
                        SELECT display_name, logo IS NOT NULL AS has_logo, primary_color, accent_color, support_email, support_phone, message,
                               default_language, languages
                          FROM tenant_branding WHERE tenant_id = ?""").param(tenantId)
                .query((rs, n) -> new Branding(tenantId, tenant.slug(), Optional.ofNullable(rs.getString("display_name")).orElse(tenant.name()),
                        rs.getBoolean("has_logo"), rs.getString("primary_color"), rs.getString("accent_color"), rs.getString("support_email"),
                        rs.getString("support_phone"), rs.getString("message"), rs.getString("default_language"),
                        List.of((String[]) rs.getArray("languages").getArray())))
                .optional()
                .orElseGet(() -> new Branding(tenantId, tenant.slug(), tenant.name(), false, "#14213d", "#0b5cad", null, null, null, "en",
                        Branding.SUPPORTED_LANGUAGES));
    }

    /** The branding of the tenant a public address names ({@code /t/{slug}/...}), if there is such a tenant. */
    public Optional<Branding> findBySlug(String slug) {
        return tenants.findBySlug(slug).map(Tenant::id).map(this::get);
    }

    /** Sets the branding; 400 naming each bad field. */
    @Transactional
    public Branding update(UUID tenantId, BrandingUpdate update) {
        List<FieldError> errors = new ArrayList<>();
        String displayName = optional(update.displayName(), "display_name", 100, errors);
        String primary = color(update.primaryColor(), "#14213d", "primary_color", errors);
        String accent = color(update.accentColor(), "#0b5cad", "accent_color", errors);
        String email = optional(update.supportEmail(), "support_email", 254, errors);
        if (email != null && !EmailAddresses.valid(email)) {
            errors.add(new FieldError("support_email", "must be an email address"));
        }
        String phone = optional(update.supportPhone(), "support_phone", 25, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("support_phone", "must be a phone number (digits, spaces, + ( ) -)"));
        }
        String message = optional(update.message(), "message", 500, errors);
        List<String> languages = update.languages() == null || update.languages().isEmpty() ? Branding.SUPPORTED_LANGUAGES
                : update.languages().stream().map(String::strip).distinct().toList();
        for (String language : languages) {
            if (!Branding.SUPPORTED_LANGUAGES.contains(language)) {
                errors.add(new FieldError("languages", "'" + language + "' is not one of " + Branding.SUPPORTED_LANGUAGES));
            }
        }
        String defaultLanguage = update.defaultLanguage() == null || update.defaultLanguage().isBlank() ? languages.getFirst()
                : update.defaultLanguage().strip();
        if (!languages.contains(defaultLanguage)) {
            errors.add(new FieldError("default_language", "must be one of the languages offered " + languages));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        jdbc.sql("""
                        INSERT INTO tenant_branding (tenant_id, display_name, primary_color, accent_color, support_email, support_phone, message,
                                                     default_language, languages, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET display_name = excluded.display_name, primary_color = excluded.primary_color,
                            accent_color = excluded.accent_color, support_email = excluded.support_email, support_phone = excluded.support_phone,
                            message = excluded.message, default_language = excluded.default_language, languages = excluded.languages,
                            updated_at = excluded.updated_at""")
                .params(tenantId, displayName, primary, accent, email, phone, message, defaultLanguage, languages.toArray(String[]::new),
                        Timestamp.from(clock.instant()))
                .update();
        return get(tenantId);
    }

    /** Sets (or, with null bytes, removes) the logo: PNG, JPEG or WebP, at most 256 KB, checked by its first bytes. */
    @Transactional
    public void setLogo(UUID tenantId, byte[] image) {
        String type = image == null ? null : imageType(image);
        if (image != null && (type == null || image.length > MAX_LOGO_BYTES)) {
            throw ApiException.invalid("logo", "must be a PNG, JPEG or WebP image of at most " + MAX_LOGO_BYTES / 1024 + " KB");
        }
        jdbc.sql("""
                        INSERT INTO tenant_branding (tenant_id, logo, logo_content_type, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET logo = excluded.logo, logo_content_type = excluded.logo_content_type,
                            updated_at = excluded.updated_at""")
                .params(tenantId, image, type, Timestamp.from(clock.instant())).update();
    }

    /** The logo's bytes and content type, if the tenant has one. */
    public Optional<Logo> logo(UUID tenantId) {
        return jdbc.sql("SELECT logo, logo_content_type FROM tenant_branding WHERE tenant_id = ? AND logo IS NOT NULL").param(tenantId)
                .query((rs, n) -> new Logo(rs.getBytes("logo"), rs.getString("logo_content_type"))).optional();
    }

    public record Logo(byte[] bytes, String contentType) {
    }

    static String imageType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length > 12 && Arrays.equals(Arrays.copyOfRange(b, 0, 4), "RIFF".getBytes()) && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes())) {
            return "image/webp";
        }
        return null;
    }

    private static String optional(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            errors.add(new FieldError(field, "must have at most " + max + " characters"));
        }
        return clean;
    }

    private static String color(String value, String fallback, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!Colors.valid(value.strip())) {
            errors.add(new FieldError(field, "must be a colour as #rrggbb"));
            return fallback;
        }
        return value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
