package io.shipgate.gateway.recommendation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The tenants' enabled carrier accounts, held per node for {@code shipgate.recommendation.accounts-ttl} so that a
 * recommendation reads no database: an account added, disabled or changed shows in recommendations within that time
 * (a purchase checks its account again).
 */
@Component
class TenantAccounts {

    private final CarrierAccountService accounts;
    private final Cache<UUID, List<CarrierAccountView>> held;

    TenantAccounts(CarrierAccountService accounts, RecommendationProperties properties) {
        this.accounts = accounts;
        this.held = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(properties.accountsTtl()).build();
    }

    List<CarrierAccountView> enabled(UUID tenantId) {
        return held.get(tenantId, id -> accounts.list(id).stream().filter(CarrierAccountView::enabled).toList());
    }
}
