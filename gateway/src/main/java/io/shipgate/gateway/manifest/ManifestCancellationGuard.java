package io.shipgate.gateway.manifest;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.shipment.CancellationGuard;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Refuses to cancel a shipment on an end-of-day manifest: it was handed to the courier with the signed manifest. */
@Component
class ManifestCancellationGuard implements CancellationGuard {

    private final ManifestRepository manifests;

    ManifestCancellationGuard(ManifestRepository manifests) {
        this.manifests = manifests;
    }

    @Override
    public void checkCancellable(UUID tenantId, UUID shipmentId) {
        manifests.manifestOf(tenantId, shipmentId).ifPresent(manifestId -> {
            throw new ApiException(Problems.INVALID_STATE, HttpStatus.CONFLICT, "shipment " + shipmentId + " is on end-of-day manifest "
                    + manifestId + ", handed over to the courier: it can no longer be cancelled (ask the carrier for a return instead)")
                    .with("manifest_id", manifestId);
        });
    }
}
