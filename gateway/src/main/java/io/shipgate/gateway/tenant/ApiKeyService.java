package io.shipgate.gateway.tenant;

import io.shipgate.gateway.platform.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Issues, lists and revokes API keys: a tenant's own ({@code /v1/api-keys}), any tenant's for the
 * operator ({@code /v1/admin/...}), and operator keys (command line only). A key of another tenant
 * is a 404, like every foreign id.
 */
@Service
public class ApiKeyService {

    static final String DEFAULT_NAME = "unnamed";

    private final ApiKeyRepository keys;
    private final TenantRepository tenants;

    ApiKeyService(ApiKeyRepository keys, TenantRepository tenants) {
        this.keys = keys;
        this.tenants = tenants;
    }

    /** A new key of {@code tenantId}: live, test or publishable; its secret is in the answer only. */
    @Transactional
    public NewApiKeyView issue(UUID tenantId, CreateApiKeyRequest request) {
        if (request.mode() == ApiKeyKind.OPERATOR) {
            throw ApiException.invalid("mode", "must be live, test or publishable (operator keys are created on the command line)");
        }
        tenants.find(tenantId).orElseThrow(() -> ApiException.notFound("tenant " + tenantId));
        return TenantMapper.view(keys.issue(tenantId, request.mode(), name(request.name())));
    }

    /** A new operator key: it reaches the admin API only. */
    @Transactional
    public NewApiKeyView issueOperatorKey(String name) {
        return TenantMapper.view(keys.issue(null, ApiKeyKind.OPERATOR, name(name)));
    }

    public List<ApiKeyView> list(UUID tenantId) {
        return keys.list(tenantId).stream().map(TenantMapper::view).toList();
    }

    public List<ApiKeyView> listOperatorKeys() {
        return keys.list(null).stream().map(TenantMapper::view).toList();
    }

    /** Revokes the tenant's key: effective on every node within a second. */
    @Transactional
    public ApiKeyView revoke(UUID tenantId, UUID keyId) {
        ApiKeyRepository.StoredKey key = keys.find(keyId).filter(k -> tenantId.equals(k.tenantId()))
                .orElseThrow(() -> ApiException.notFound("API key " + keyId));
        return revoke(key);
    }

    /** Revokes any key, an operator key too (the command line). */
    @Transactional
    public ApiKeyView revokeAny(UUID keyId) {
        return revoke(keys.find(keyId).orElseThrow(() -> ApiException.notFound("API key " + keyId)));
    }

    private ApiKeyView revoke(ApiKeyRepository.StoredKey key) {
        keys.revoke(key.id());
        return keys.find(key.id()).map(TenantMapper::view).orElseThrow();
    }

    private static String name(String name) {
        return name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
    }
}
