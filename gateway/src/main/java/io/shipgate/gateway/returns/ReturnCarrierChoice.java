package io.shipgate.gateway.returns;

import io.shipgate.carrier.model.Address;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.recommendation.LaneRecommender;
import io.shipgate.gateway.serviceability.ServiceabilityIndex;
import io.shipgate.routes.port.CarrierSelection;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * {@code carrier: "auto"} on a return: the recommendation's top option among the tenant's enabled accounts whose carrier
 * books returns and whose serviceability table allows a reverse pickup at the customer's postal code (an account without
 * a table is not excluded: nothing says it cannot).
 */
@Component
class ReturnCarrierChoice {

    private final CarrierAccountService accounts;
    private final CarrierRegistry carriers;
    private final ServiceabilityIndex serviceability;
    private final LaneRecommender recommender;

    ReturnCarrierChoice(CarrierAccountService accounts, CarrierRegistry carriers, ServiceabilityIndex serviceability,
                        LaneRecommender recommender) {
        this.accounts = accounts;
        this.carriers = carriers;
        this.serviceability = serviceability;
        this.recommender = recommender;
    }

    /** What to book on: the account, the service, and the rule version of the recommendation (null when named by the request). */
    record Choice(CarrierSelection selection, String service, Integer ruleVersion) {
    }

    Choice choose(UUID tenantId, String reference, Address customer, Address warehouse, List<Parcel> parcels) {
        List<UUID> eligible = accounts.list(tenantId).stream()
                .filter(CarrierAccountView::enabled)
                .filter(a -> carriers.find(a.carrier()).map(c -> c.descriptor().capabilities().supports(Capability.CREATE_RETURN)).orElse(false))
                .filter(a -> serviceability.reversePickup(tenantId, a.id(), customer.country(), customer.postalCode()).orElse(true))
                .map(CarrierAccountView::id)
                .toList();
        if (eligible.isEmpty()) {
            throw new ApiException(Problems.NO_CARRIER_ACCOUNT, HttpStatus.UNPROCESSABLE_ENTITY, "carrier auto: none of the tenant's "
                    + "carrier accounts books returns with a reverse pickup at " + customer.country() + " " + customer.postalCode()
                    + " (its carrier lacks returns, or its serviceability table has no reverse_pickup there)");
        }
        LaneRecommender.Recommendation recommendation = recommender.recommend(tenantId, reference, customer, warehouse, parcels, eligible);
        if (recommendation.top() == null) {
            throw new ApiException(Problems.NO_CARRIER_ACCOUNT, HttpStatus.UNPROCESSABLE_ENTITY, "carrier auto: no carrier service of the "
                    + "tenant can take this return (" + recommendation.excluded().size() + " left out; see excluded)")
                    .with("rule_version", recommendation.ruleVersion()).with("excluded", recommendation.excluded());
        }
        return new Choice(new CarrierSelection(recommendation.top().carrierAccountId(), null), recommendation.top().service(),
                recommendation.ruleVersion());
    }
}
