package io.shipgate.gateway.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.gateway.branding.Branding;
import io.shipgate.gateway.branding.BrandingService;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Tenants' branding by the slug a public address names, kept {@code shipgate.pages.branding-cache-ttl} on each node (a
 * page view reads no branding from the database; a change shows within the TTL). Unknown slugs are kept too, so that
 * guessed ones cost no query either.
 */
@Component
class PageBrands {

    private final BrandingService branding;
    private final Cache<String, Optional<Branding>> bySlug;
    private final Cache<UUID, Optional<BrandingService.Logo>> logos;

    PageBrands(BrandingService branding, PagesProperties properties) {
        this.branding = branding;
        this.bySlug = Caffeine.newBuilder().expireAfterWrite(properties.brandingCacheTtl()).maximumSize(10_000).build();
        this.logos = Caffeine.newBuilder().expireAfterWrite(properties.brandingCacheTtl()).maximumSize(1_000).build();
    }

    Optional<Branding> bySlug(String slug) {
        if (slug == null || slug.length() > 100) {
            return Optional.empty();
        }
        return bySlug.get(slug, branding::findBySlug);
    }

    Optional<BrandingService.Logo> logo(Branding brand) {
        return brand.hasLogo() ? logos.get(brand.tenantId(), branding::logo) : Optional.empty();
    }
}
