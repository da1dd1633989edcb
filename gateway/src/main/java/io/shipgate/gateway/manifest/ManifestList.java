package io.shipgate.gateway.manifest;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "Manifests, newest first; next_cursor fetches the next page.")
public record ManifestList(@Schema(description = "The manifests", requiredMode = Schema.RequiredMode.REQUIRED) List<ManifestSummaryView> data,
                           @Schema(description = "Pass as cursor for the next page; absent on the last") String nextCursor) {
}
