package io.shipgate.routes.rating;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Collects each carrier's answer of the rate-shopping fan-out: quotes into one list, failures
 * into another, what carriers said beside their quotes into a third. Camel calls it once per carrier, one call at a time.
 */
public class RateShoppingAggregation implements AggregationStrategy {

    /** What one carrier's branch produces: its quotes, or why it has none. */
    sealed interface CarrierAnswer permits Quoted, Failed {
        UUID carrierAccountId();
    }

    record Quoted(UUID carrierAccountId, List<AccountRateQuote> quotes, List<CarrierWarning> warnings) implements CarrierAnswer {
    }

    record Failed(UUID carrierAccountId, CarrierFailure failure) implements CarrierAnswer {
    }

    /** The growing result while branches arrive, with the accounts that answered. */
    record Collected(List<AccountRateQuote> quotes, List<CarrierFailure> failures, List<CarrierWarning> warnings,
                     Set<UUID> answered) {
        Collected() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashSet<>());
        }
    }

    @Override
    public Exchange aggregate(Exchange collected, Exchange branch) {
        Exchange target = collected == null ? branch : collected;
        Collected sofar = collected == null ? new Collected() : collected.getIn().getBody(Collected.class);
        CarrierAnswer answer = branch.getIn().getBody(CarrierAnswer.class);
        sofar.answered().add(answer.carrierAccountId());
        switch (answer) {
            case Quoted q -> {
                sofar.quotes().addAll(q.quotes());
                sofar.warnings().addAll(q.warnings());
            }
            case Failed f -> sofar.failures().add(f.failure());
        }
        target.getIn().setBody(sofar);
        return target;
    }
}
