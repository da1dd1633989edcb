package io.shipgate.gateway.label;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The tenant's label profiles. */
@Schema(description = "The tenant's label profiles, oldest first.")
public record LabelProfileList(
        @Schema(description = "The profiles (at most 100 a tenant)", requiredMode = Schema.RequiredMode.REQUIRED)
        List<LabelProfileView> data) {
}
