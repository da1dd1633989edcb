package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The key management API's bodies ({@code /v1/api-keys}, {@code /v1/admin/tenants/{id}/api-keys}). */
public final class ApiKeyApi {

    private ApiKeyApi() {
    }

    @Schema(name = "ApiKeyCreate")
    public record Create(
            @Schema(description = "what the key is for, e.g. 'shop backend'") @Size(max = 100) String name,
            @Schema(description = "live, or test (a test key may only use sandbox carrier accounts)", allowableValues = {"live", "test"})
            @NotNull ApiKeyKind mode) {
    }

    @Schema(name = "ApiKey")
    public record View(UUID id, String name,
                       @Schema(description = "the key's first characters, to recognise it") String prefix,
                       @Schema(description = "live, test or operator") ApiKeyKind mode,
                       Instant createdAt,
                       @Schema(description = "last time a node loaded the key, precise to about a minute") Instant lastUsedAt,
                       boolean revoked, Instant revokedAt) {

        static View of(ApiKeyRepository.StoredKey key) {
            return new View(key.id(), key.name(), key.prefix(), key.kind(), key.createdAt(), key.lastUsedAt(),
                    key.revokedAt() != null, key.revokedAt());
        }
    }

    @Schema(name = "ApiKeyCreated", description = "the new key: 'key' is shown in this answer only")
    public record Created(UUID id, String name, String prefix, ApiKeyKind mode, Instant createdAt, String key) {

        static Created of(ApiKeyRepository.IssuedKey issued) {
            ApiKeyRepository.StoredKey key = issued.stored();
            return new Created(key.id(), key.name(), key.prefix(), key.kind(), key.createdAt(), issued.secret());
        }

        @Override
        public String toString() {
            return "Created[id=" + id + ", prefix=" + prefix + ", key hidden]";
        }
    }

    @Schema(name = "ApiKeyList")
    public record ListView(List<View> apiKeys) {
    }
}
