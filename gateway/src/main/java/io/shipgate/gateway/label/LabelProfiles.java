package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Label profiles: their CRUD, and which one a label request renders with. */
@Service
public class LabelProfiles {

    /** Profiles a tenant may have. */
    static final int MAX_PER_TENANT = 100;

    private final JdbcLabelProfiles profiles;
    private final Clock clock;

    LabelProfiles(JdbcLabelProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * The profile a label request renders with: the one named ({@code profileId}, 404 when the tenant has none such),
     * else the default of the warehouse, else the tenant's default; empty when there is none of those.
     */
    public Optional<LabelProfile> choose(UUID tenantId, UUID profileId, UUID warehouseId) {
        if (profileId != null) {
            return Optional.of(get(tenantId, profileId).profile());
        }
        return profiles.findDefault(tenantId, warehouseId).map(LabelProfileView::profile);
    }

    @Transactional
    public LabelProfileView create(UUID tenantId, LabelProfileRequest request) {
        LabelProfileView profile = checked(request, null);
        if (profiles.count(tenantId) >= MAX_PER_TENANT) {
            throw ApiException.invalid("label_profiles", "a tenant has at most " + MAX_PER_TENANT + " label profiles");
        }
        UUID id = Ids.newId(clock);
        Instant now = clock.instant();
        if (profile.isDefault()) {
            profiles.clearDefault(tenantId, profile.warehouseId());
        }
        profiles.insert(tenantId, id, profile, now);
        return get(tenantId, id);
    }

    @Transactional
    public LabelProfileView update(UUID tenantId, UUID id, LabelProfileRequest request) {
        get(tenantId, id);
        LabelProfileView profile = checked(request, id);
        if (profile.isDefault()) {
            profiles.clearDefault(tenantId, profile.warehouseId());
        }
        try {
            profiles.update(tenantId, id, profile, clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.invalid("is_default", "another profile of the scope became its default meanwhile: try again");
        }
        return get(tenantId, id);
    }

    public LabelProfileView get(UUID tenantId, UUID id) {
        return profiles.find(tenantId, id).orElseThrow(() -> ApiException.notFound("label profile " + id));
    }

    public List<LabelProfileView> list(UUID tenantId) {
        return profiles.list(tenantId, MAX_PER_TENANT);
    }

    @Transactional
    public LabelProfileView delete(UUID tenantId, UUID id) {
        LabelProfileView profile = get(tenantId, id);
        profiles.delete(tenantId, id);
        return profile;
    }

    /** The request as a profile, its fields checked together (what applies to one format is refused with another). */
    private static LabelProfileView checked(LabelProfileRequest r, UUID id) {
        List<FieldError> errors = new ArrayList<>();
        PageSize pageSize = r.pageSize();
        Integer perPage = r.labelsPerPage();
        Integer dpi = r.dpi();
        if (r.format() == LabelFormat.PDF) {
            pageSize = pageSize == null ? PageSize.FOUR_BY_SIX : pageSize;
            perPage = perPage == null ? 1 : perPage;
            if (perPage != 1 && perPage != 4) {
                errors.add(new FieldError("labels_per_page", "must be 1 or 4"));
            } else if (perPage == 4 && pageSize != PageSize.A4) {
                errors.add(new FieldError("labels_per_page", "4 labels a page need page_size A4"));
            }
            if (dpi != null) {
                errors.add(new FieldError("dpi", "applies to ZPL and PNG only (a PDF is drawn at the printer's resolution)"));
            }
        } else {
            dpi = dpi == null ? LabelProfile.THERMAL_DPI : dpi;
            if (dpi != 203 && dpi != 300) {
                errors.add(new FieldError("dpi", "must be 203 or 300"));
            }
            if (pageSize != null) {
                errors.add(new FieldError("page_size", "applies to PDF only"));
            }
            if (perPage != null && perPage != 1) {
                errors.add(new FieldError("labels_per_page", "applies to PDF only"));
            }
            perPage = null;
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new LabelProfileView(id, r.name().strip(), r.format(), pageSize, perPage, dpi, r.warehouseId(),
                Boolean.TRUE.equals(r.isDefault()), null, null);
    }
}
