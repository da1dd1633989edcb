package io.shipgate.gateway.carrier;

import io.shipgate.carrier.spi.Capability;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The carrier-account resources of the REST API. */
public final class CarrierAccountApi {

    /** Most settings or credentials one request may name. */
    static final int MAX_FIELDS = 50;

    private CarrierAccountApi() {
    }

    /**
     * @param settings    the carrier's non-secret settings (account numbers, options)
     * @param credentials the carrier's secrets; write-only: encrypted at rest, never returned
     */
    public record Create(@NotBlank @Size(max = 40) String carrier, @NotBlank @Size(max = 100) String name,
                         @Size(max = MAX_FIELDS) Map<String, String> settings,
                         @Size(max = MAX_FIELDS) Map<String, String> credentials, Boolean enabled) {
    }

    /** Partial update: absent fields stay; in settings and credentials a key set to null is removed. */
    public record Update(@Size(min = 1, max = 100) String name,
                         @Size(max = MAX_FIELDS) Map<String, String> settings,
                         @Size(max = MAX_FIELDS) Map<String, String> credentials,
                         Boolean enabled) {
    }

    /**
     * @param credentialFields the names of the credentials that are set (their values are never returned)
     * @param capabilities     the operations the carrier supports
     */
    public record View(UUID id, String carrier, String name, Map<String, String> settings, List<String> credentialFields,
                       boolean enabled, List<Capability> capabilities, Instant createdAt, Instant updatedAt) {
    }

    public record ListView(List<View> data) {
    }
}
