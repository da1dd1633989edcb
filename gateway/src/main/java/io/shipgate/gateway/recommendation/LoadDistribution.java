package io.shipgate.gateway.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

/** How the tenant spreads its volume: a split of top choices, and caps on shipments per carrier and day. */
@Schema(description = "Load distribution: split shares the top choice among carriers over many recommendations; daily_caps "
        + "exclude a carrier once it has been bought that many times in the day (in time_zone).")
public record LoadDistribution(
        @Schema(description = "Percentages per carrier (or account), summing to 100; at most 20")
        @Size(max = 20) @Valid List<SplitShare> split,
        @Schema(description = "Shipments per carrier and day; at most 50")
        @Size(max = 50) @Valid List<DailyCap> dailyCaps,
        @Schema(description = "The IANA time zone whose days the caps count (absent: UTC)", maxLength = 40, example = "Asia/Kolkata")
        @Size(max = 40) String timeZone) {

    public LoadDistribution {
        split = split == null ? List.of() : split;
        dailyCaps = dailyCaps == null ? List.of() : dailyCaps;
    }

    static final LoadDistribution NONE = new LoadDistribution(null, null, null);
}
