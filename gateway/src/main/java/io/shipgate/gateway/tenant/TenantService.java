package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenants, as the operator manages them (admin API and command line). */
@Service
public class TenantService {

    private final TenantRepository tenants;
    private final ApiKeyRepository keys;

    TenantService(TenantRepository tenants, ApiKeyRepository keys) {
        this.tenants = tenants;
        this.keys = keys;
    }

    @Transactional
    public TenantView create(CreateTenantRequest request) {
        return TenantMapper.view(tenants.create(request.name().strip(),
                request.rateLimit() == null ? TenantRateLimit.DEFAULT : TenantMapper.toRateLimit(request.rateLimit())));
    }

    /** Whether any tenant exists (a fresh install has none). */
    public boolean anyExists() {
        return tenants.anyExists();
    }

    public List<TenantView> list() {
        return tenants.list().stream().map(TenantMapper::view).toList();
    }

    public TenantView get(UUID id) {
        return TenantMapper.view(find(id));
    }

    /** A changed rate limit reaches every node's cached keys at once (the database notifies them). */
    @Transactional
    public TenantView update(UUID id, UpdateTenantRequest request) {
        TenantRepository.StoredTenant current = find(id);
        tenants.update(id, request.name() == null ? current.tenant().name() : request.name().strip(),
                request.slug() == null ? current.slug() : slug(id, request.slug()), current.allowedOrigins(),
                request.rateLimit() == null ? current.rateLimit() : TenantMapper.toRateLimit(request.rateLimit()));
        ApiKeyRepository.afterCommit(() -> keys.forgetTenant(id));
        return get(id);
    }

    /** The tenant's own settings ({@code GET /v1/tenant}). */
    public TenantSettingsView settings(UUID id) {
        return TenantMapper.settings(find(id));
    }

    /**
     * Sets the tenant's slug and allowed origins ({@code PATCH /v1/tenant}); changed origins reach every node's cached
     * keys at once (the database notifies them), like a changed rate limit.
     */
    @Transactional
    public TenantSettingsView updateSettings(UUID id, UpdateTenantSettingsRequest request) {
        TenantRepository.StoredTenant current = find(id);
        tenants.update(id, current.tenant().name(), request.slug() == null ? current.slug() : slug(id, request.slug()),
                request.allowedOrigins() == null ? current.allowedOrigins() : AllowedOrigins.normalize("allowed_origins", request.allowedOrigins()),
                current.rateLimit());
        ApiKeyRepository.afterCommit(() -> keys.forgetTenant(id));
        return settings(id);
    }

    /** The tenant of a slug, as a public URL names it. */
    public Optional<Tenant> findBySlug(String slug) {
        return slug == null || slug.length() > 63 ? Optional.empty() : tenants.findBySlug(slug).map(TenantRepository.StoredTenant::tenant);
    }

    private String slug(UUID id, String requested) {
        String slug = Slugs.check("slug", requested.strip());
        if (tenants.slugTaken(slug, id)) {
            throw ApiException.invalid("slug", "is another tenant's");
        }
        return slug;
    }

    private TenantRepository.StoredTenant find(UUID id) {
        return tenants.find(id).orElseThrow(() -> ApiException.notFound("tenant " + id));
    }
}
