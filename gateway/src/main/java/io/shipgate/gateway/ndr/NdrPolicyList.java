package io.shipgate.gateway.ndr;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "The tenant's NDR policies in the order they are tried: by priority, then oldest first.")
public record NdrPolicyList(
        @Schema(description = "The policies", requiredMode = Schema.RequiredMode.REQUIRED)
        List<NdrPolicyView> data) {
}
