package io.shipgate.gateway.rating;

import io.shipgate.carrier.model.RateRequest;
import io.shipgate.gateway.shipment.ShipmentMapper;
import io.shipgate.routes.rating.AccountRateQuote;
import io.shipgate.routes.rating.CarrierFailure;
import io.shipgate.routes.rating.RateShoppingResult;

/** Rate shopping's contract and the universal model: the request into a {@link RateRequest}, the route's result into a view. */
final class RatingMapper {

    private RatingMapper() {
    }

    static RateRequest toRateRequest(ShopRatesRequest request) {
        return new RateRequest(ShipmentMapper.toAddress(request.shipper()), ShipmentMapper.toAddress(request.recipient()),
                ShipmentMapper.toParcels(request.parcels()), ShipmentMapper.toOptions(request.options()),
                ShipmentMapper.toCustoms(request.customs()));
    }

    static RatesView view(RateShoppingResult result) {
        return new RatesView(result.quotes().stream().map(RatingMapper::view).toList(),
                result.failures().stream().map(RatingMapper::view).toList(),
                result.warnings().stream().map(w -> new RateWarningView(w.carrierAccountId(), w.carrier(), w.level(), w.code(),
                        w.message(), w.service())).toList());
    }

    private static RateQuoteView view(AccountRateQuote q) {
        return new RateQuoteView(q.carrierAccountId(), q.quote().carrier(), q.quote().service(), q.quote().serviceName(),
                q.quote().serviceLevel(), ShipmentMapper.view(q.quote().total()),
                q.quote().charges().stream().map(c -> new ChargeView(c.name(), ShipmentMapper.view(c.amount()), c.type())).toList(),
                q.quote().transitDays(), q.quote().estimatedDelivery(), q.quote().latestDelivery(), q.quote().guaranteed(),
                q.rateCardVersion() == null ? QuoteSource.CARRIER : QuoteSource.RATE_CARD, q.rateCardVersion());
    }

    private static RateFailureView view(CarrierFailure f) {
        return new RateFailureView(f.carrierAccountId(), f.carrier(), f.category(), f.code(), f.message(), f.retryable());
    }
}
