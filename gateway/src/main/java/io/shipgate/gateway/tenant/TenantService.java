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
    public TenantApi.View create(TenantApi.Create request) {
        return TenantApi.View.of(tenants.create(request.name().strip(),
                request.rateLimit() == null ? TenantRateLimit.DEFAULT : request.rateLimit()));
    }

    /** Whether any tenant exists (a fresh install has none). */
    public boolean anyExists() {
        return tenants.anyExists();
    }

    public List<TenantApi.View> list() {
        return tenants.list().stream().map(TenantApi.View::of).toList();
    }

    public TenantApi.View get(UUID id) {
        return TenantApi.View.of(find(id));
    }

    /** A changed rate limit reaches every node's cached keys at once (the database notifies them). */
    @Transactional
    public TenantApi.View update(UUID id, TenantApi.Update request) {
        TenantRepository.StoredTenant current = find(id);
        tenants.update(id, request.name() == null ? current.tenant().name() : request.name().strip(),
                request.rateLimit() == null ? current.rateLimit() : request.rateLimit());
        ApiKeyRepository.afterCommit(() -> keys.forgetTenant(id));
        return get(id);
    }

    private TenantRepository.StoredTenant find(UUID id) {
        return tenants.find(id).orElseThrow(() -> ApiException.notFound("tenant " + id));
    }
}
