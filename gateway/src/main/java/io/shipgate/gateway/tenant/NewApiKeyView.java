package io.shipgate.gateway.tenant;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A key just created, with its secret: the only answer that ever shows it. */
@Schema(description = "A new API key with its secret: key is shown in this answer only (only its digest is stored).")
public record NewApiKeyView(
        @Schema(description = "The key's id", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "What the key is for", requiredMode = Schema.RequiredMode.REQUIRED, example = "shop backend")
        String name,
        @Schema(description = "The key's first characters, to recognise it", requiredMode = Schema.RequiredMode.REQUIRED, example = "sg_live_4fQz")
        String prefix,
        @Schema(description = "live, test, publishable or operator",
                requiredMode = Schema.RequiredMode.REQUIRED)
        ApiKeyKind mode,
        @Schema(description = "When the key was created", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "The key: send it as Authorization: Bearer <key>. Shown once", requiredMode = Schema.RequiredMode.REQUIRED)
        String key) {

    @Override
    public String toString() {
        return "NewApiKeyView[id=" + id + ", prefix=" + prefix + ", key hidden]";
    }
}
