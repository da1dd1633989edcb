package io.shipgate.gateway.ratecard;

import io.shipgate.carrier.model.CarrierMessage;
import io.shipgate.carrier.model.RateQuote;
import io.shipgate.carrier.model.RateRequest;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import io.shipgate.gateway.serviceability.ServiceabilityIndex;
import io.shipgate.gateway.tenant.CurrentApiKey;
import io.shipgate.routes.rating.AccountRateQuote;
import io.shipgate.routes.rating.CarrierWarning;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Quotes from the rate cards in force, for {@code POST /v1/rates}: no carrier is called, and each quote names the
 * card's version. What the cards cannot price (another country, no zone for the lane, over the last slab) comes back
 * as a warning of the account and service, as a carrier's refusal of a service does.
 */
@Component
public class RateCardQuotes {

    /** Which accounts' cards answer. */
    public enum Scope {
        /** Every account with a card: a fast quote that never calls a carrier. */
        ALL_CARDS,
        /** Accounts whose carrier has no rate API (no RATES capability): the others are quoted live. */
        WITHOUT_RATE_API
    }

    /** The cards' quotes and what they could not price. */
    public record CardQuotes(List<AccountRateQuote> quotes, List<CarrierWarning> warnings) {
    }

    private final CarrierAccountService accounts;
    private final ActiveRateCards active;
    private final ServiceabilityIndex serviceability;

    RateCardQuotes(CarrierAccountService accounts, ActiveRateCards active, ServiceabilityIndex serviceability) {
        this.accounts = accounts;
        this.active = active;
        this.serviceability = serviceability;
    }

    /** The services of the account's rate cards in force (from memory), in upload order; empty without cards. */
    public java.util.Set<String> services(UUID tenantId, UUID accountId) {
        return active.active(tenantId, accountId).keySet();
    }

    /**
     * @param accountIds the accounts to quote; all the tenant's enabled accounts when empty (with a test key, its sandbox
     *                   accounts only, as in rate shopping)
     */
    public CardQuotes quote(UUID tenantId, List<UUID> accountIds, RateRequest request, Scope scope) {
        boolean onlySandbox = accountIds.isEmpty() && CurrentApiKey.testMode();
        List<CarrierAccountView> candidates = accounts.list(tenantId).stream().filter(CarrierAccountView::enabled)
                .filter(a -> accountIds.isEmpty() || accountIds.contains(a.id()))
                .filter(a -> !onlySandbox || "sandbox".equals(a.carrier()))
                .toList();
        if (candidates.isEmpty() && scope == Scope.ALL_CARDS) {
            throw new ApiException(Problems.NO_CARRIER_ACCOUNT, HttpStatus.UNPROCESSABLE_ENTITY, accountIds.isEmpty()
                    ? "the tenant has no enabled carrier account: add one at /v1/carrier-accounts"
                    : "none of carrier_account_ids is an enabled carrier account of the tenant");
        }
        List<AccountRateQuote> quotes = new ArrayList<>();
        List<CarrierWarning> warnings = new ArrayList<>();
        for (CarrierAccountView account : candidates) {
            if (scope == Scope.WITHOUT_RATE_API && account.capabilities().contains(Capability.RATES)) {
                continue;
            }
            quote(tenantId, account, request, scope == Scope.ALL_CARDS, quotes, warnings);
        }
        return new CardQuotes(quotes, warnings);
    }

    /**
     * The quotes of one account's cards (the caller chose the account: an enabled account of the tenant), from memory;
     * an account without a card is the warning {@code NO_RATE_CARD}.
     */
    public CardQuotes quote(UUID tenantId, CarrierAccountView account, RateRequest request) {
        List<AccountRateQuote> quotes = new ArrayList<>();
        List<CarrierWarning> warnings = new ArrayList<>();
        quote(tenantId, account, request, true, quotes, warnings);
        return new CardQuotes(quotes, warnings);
    }

    private void quote(UUID tenantId, CarrierAccountView account, RateRequest request, boolean warnWithoutCard, List<AccountRateQuote> quotes,
                       List<CarrierWarning> warnings) {
        Map<String, ActiveRateCards.ActiveCard> cards = active.active(tenantId, account.id());
        if (cards.isEmpty() && warnWithoutCard) {
            warnings.add(new CarrierWarning(account.id(), account.carrier(), "NO_RATE_CARD", "the account has no rate card: "
                    + "PUT one at /v1/carrier-accounts/" + account.id() + "/rate-cards/{service}", CarrierMessage.Level.INFO, null));
        }
        for (ActiveRateCards.ActiveCard card : cards.values()) {
            boolean oda = card.card().odaSurcharge() != null && serviceability.oda(tenantId, account.id(),
                    request.recipient().country(), request.recipient().postalCode()).orElse(false);
            RateCardQuote.Shipment shipment = new RateCardQuote.Shipment(request.shipper().country(), orEmpty(request.shipper().postalCode()),
                    request.recipient().country(), orEmpty(request.recipient().postalCode()), request.parcels(), request.options().cod(), oda);
            switch (RateCardQuote.quote(card.card(), shipment)) {
                case RateCardQuote.Priced priced -> quotes.add(new AccountRateQuote(account.id(), new RateQuote(account.carrier(),
                        card.service(), card.card().serviceName() == null ? card.service() : card.card().serviceName(), null,
                        priced.total(), priced.charges(), null, null, false), card.version()));
                case RateCardQuote.Unpriced unpriced -> warnings.add(new CarrierWarning(account.id(), account.carrier(),
                        "RATE_CARD_" + unpriced.code(), unpriced.message() + " (rate card version " + card.version() + ")",
                        CarrierMessage.Level.ERROR, card.service()));
            }
        }
    }

    private static String orEmpty(String postalCode) {
        return postalCode == null ? "" : postalCode;
    }
}
