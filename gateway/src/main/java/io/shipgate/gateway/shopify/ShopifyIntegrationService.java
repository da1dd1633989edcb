package io.shipgate.gateway.shopify;

import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.tenant.TenantService;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A tenant's Shopify integration: set whole ({@code PUT}), read without its secret. */
@Service
class ShopifyIntegrationService {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ShopifyIntegrationRepository integrations;
    private final CarrierAccountService accounts;
    private final TenantService tenants;
    private final Clock clock;

    ShopifyIntegrationService(ShopifyIntegrationRepository integrations, CarrierAccountService accounts, TenantService tenants, Clock clock) {
        this.integrations = integrations;
        this.accounts = accounts;
        this.tenants = tenants;
        this.clock = clock;
    }

    ShopifyIntegrationView get(UUID tenantId) {
        return view(integrations.find(tenantId).orElseThrow(() -> ApiException.notFound("Shopify integration (none set: PUT one)")));
    }

    ShopifyIntegrationView put(UUID tenantId, ShopifyIntegrationRequest request) {
        String secret = request.secret();
        if (secret == null) {
            secret = integrations.find(tenantId).map(ShopifyIntegrationRepository.Integration::secret)
                    .orElseThrow(() -> ApiException.invalid("secret", "is required: the Shopify app's shared secret"));
        }
        List<UUID> accountIds = request.carrierAccountIds() == null ? List.of() : request.carrierAccountIds().stream().distinct().toList();
        Set<UUID> own = accounts.list(tenantId).stream().map(CarrierAccountView::id).collect(Collectors.toSet());
        for (int i = 0; i < accountIds.size(); i++) {
            if (!own.contains(accountIds.get(i))) {
                throw ApiException.invalid("carrier_account_ids[" + i + "]", "is not a carrier account of the tenant");
            }
        }
        ZoneId zone;
        try {
            zone = request.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(request.timeZone().strip());
        } catch (DateTimeException e) {
            throw ApiException.invalid("time_zone", "must be an IANA time zone such as Asia/Kolkata");
        }
        List<String> services = request.services() == null ? List.of() : request.services().stream().map(String::strip).distinct().toList();
        integrations.save(new ShopifyIntegrationRepository.Integration(tenantId, request.enabled(), secret, accountIds, services,
                request.markupPercent() == null ? BigDecimal.ZERO : new BigDecimal(request.markupPercent()),
                request.handlingDays() == null ? 0 : request.handlingDays(),
                request.cutOff() == null ? null : LocalTime.parse(request.cutOff(), HH_MM), zone, clock.instant()));
        return get(tenantId);
    }

    private ShopifyIntegrationView view(ShopifyIntegrationRepository.Integration i) {
        return new ShopifyIntegrationView(i.enabled(), "/v1/integrations/shopify/" + tenants.settings(i.tenantId()).slug() + "/rates",
                i.carrierAccountIds(), i.services(), i.markupPercent().stripTrailingZeros().toPlainString(), i.handlingDays(),
                i.cutOff() == null ? null : i.cutOff().format(HH_MM), i.timeZone().getId(), i.updatedAt());
    }
}
