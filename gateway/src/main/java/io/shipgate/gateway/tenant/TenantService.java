package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
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
                request.rateLimit() == null ? current.rateLimit() : TenantMapper.toRateLimit(request.rateLimit()));
        ApiKeyRepository.afterCommit(() -> keys.forgetTenant(id));
        return get(id);
    }

    private TenantRepository.StoredTenant find(UUID id) {
        return tenants.find(id).orElseThrow(() -> ApiException.notFound("tenant " + id));
    }
}
