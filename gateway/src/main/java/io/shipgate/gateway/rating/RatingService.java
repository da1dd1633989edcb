package io.shipgate.gateway.rating;

import io.shipgate.carrier.model.RateRequest;
import io.shipgate.gateway.platform.routes.RouteClient;
import io.shipgate.gateway.ratecard.RateCardQuotes;
import io.shipgate.routes.Endpoints;
import io.shipgate.routes.rating.AccountRateQuote;
import io.shipgate.routes.rating.CarrierWarning;
import io.shipgate.routes.rating.RateShoppingCommand;
import io.shipgate.routes.rating.RateShoppingResult;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rate shopping across the tenant's carrier accounts: the rate-shopping route asks the carriers with a rate API live,
 * and the accounts' rate cards price the others in the gateway (from memory, no carrier call). The two never quote the
 * same account: the route skips accounts whose carrier has no RATES capability, and only those are priced by cards,
 * unless the request asks for rate cards only.
 */
@Service
class RatingService {

    private final RouteClient routes;
    private final RateCardQuotes rateCards;

    RatingService(RouteClient routes, RateCardQuotes rateCards) {
        this.routes = routes;
        this.rateCards = rateCards;
    }

    /**
     * @param carrierAccountIds the accounts to ask; all the tenant's enabled accounts when null
     * @param source            RATE_CARD: the rate cards only; null: live where the carrier has a rate API, cards elsewhere
     */
    RateShoppingResult rates(UUID tenantId, List<UUID> carrierAccountIds, RateRequest request, QuoteSource source) {
        List<UUID> accounts = carrierAccountIds == null ? List.of() : carrierAccountIds;
        if (source == QuoteSource.RATE_CARD) {
            RateCardQuotes.CardQuotes cards = rateCards.quote(tenantId, accounts, request, RateCardQuotes.Scope.ALL_CARDS);
            return new RateShoppingResult(cards.quotes(), List.of(), cards.warnings());
        }
        RateCardQuotes.CardQuotes cards = rateCards.quote(tenantId, accounts, request, RateCardQuotes.Scope.WITHOUT_RATE_API);
        RateShoppingResult live = routes.request(Endpoints.RATE_SHOPPING, new RateShoppingCommand(tenantId, carrierAccountIds, request),
                RateShoppingResult.class);
        if (cards.quotes().isEmpty() && cards.warnings().isEmpty()) {
            return live;
        }
        List<AccountRateQuote> quotes = new ArrayList<>(live.quotes());
        quotes.addAll(cards.quotes());
        List<CarrierWarning> warnings = new ArrayList<>(live.warnings());
        warnings.addAll(cards.warnings());
        return new RateShoppingResult(quotes, live.failures(), warnings);
    }
}
