package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The admin API's tenant bodies ({@code /v1/admin/tenants}). */
public final class TenantApi {

    private TenantApi() {
    }

    @Schema(name = "TenantCreate")
    public record Create(@NotBlank @Size(max = 200) String name,
                         @Schema(description = "the tenant's own limit per API key; absent: the configured default")
                         @Valid TenantRateLimit rateLimit) {
    }

    @Schema(name = "TenantUpdate", description = "absent fields stay; a rate_limit member set to null takes the default again")
    public record Update(@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
                         @Valid TenantRateLimit rateLimit) {
    }

    @Schema(name = "Tenant")
    public record View(UUID id, String name, TenantRateLimit rateLimit, Instant createdAt) {

        static View of(TenantRepository.StoredTenant t) {
            return new View(t.tenant().id(), t.tenant().name(), t.rateLimit(), t.createdAt());
        }
    }

    @Schema(name = "TenantList")
    public record ListView(List<View> tenants) {
    }
}
