package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Parcel;
import io.shipgate.carrier.model.ServiceLevel;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.model.WeightUnit;
import io.shipgate.gateway.shipment.MoneyView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The hard filters' matching, on records: all of a rule's conditions must hold, for its carrier or account only. */
class RuleFiltersTest {

    private static final UUID ACCOUNT = UUID.randomUUID();

    @Test
    void aRuleExcludesWhenAllItsConditionsHoldForItsCarrier() {
        ExclusionRule northEastCod = new ExclusionRule("north-east COD", "delhivery", null, List.of("IN"), List.of("78", "79"),
                new MoneyView(new BigDecimal("2000"), "INR"), null);
        RecommendationRules rules = new RecommendationRules(null, List.of(northEastCod), null, null, null);

        RuleFilters.Match match = RuleFilters.exclusion(rules, order("795001", "2500", "1"), ACCOUNT, "delhivery");
        assertThat(match.rule()).isEqualTo("exclusions[0] (north-east COD)");
        assertThat(match.detail()).contains("destination in IN", "starting with 79", "COD above INR 2000");
        assertThat(RuleFilters.exclusion(rules, order("795001", "2500", "1"), ACCOUNT, "bluedart")).as("another carrier").isNull();
        assertThat(RuleFilters.exclusion(rules, order("795001", "2000", "1"), ACCOUNT, "delhivery")).as("COD not above").isNull();
        assertThat(RuleFilters.exclusion(rules, order("795001", null, "1"), ACCOUNT, "delhivery")).as("prepaid").isNull();
        assertThat(RuleFilters.exclusion(rules, order("560001", "2500", "1"), ACCOUNT, "delhivery")).as("another prefix").isNull();
    }

    @Test
    void aWeightRuleForAnAccountComparesTheParcelsActualWeight() {
        RecommendationRules rules = new RecommendationRules(null,
                List.of(new ExclusionRule(null, null, ACCOUNT, null, null, null, new BigDecimal("10"))), null, null, null);
        assertThat(RuleFilters.exclusion(rules, order("560001", null, "10.5"), ACCOUNT, "sandbox").rule()).isEqualTo("exclusions[0]");
        assertThat(RuleFilters.exclusion(rules, order("560001", null, "10"), ACCOUNT, "sandbox")).isNull();
        assertThat(RuleFilters.exclusion(rules, order("560001", null, "10.5"), UUID.randomUUID(), "sandbox")).isNull();
    }

    @Test
    void aServicesLevelIsItsQuotesOrTheLevelItsCodeNames() {
        assertThat(RuleFilters.level(null, "sandbox_express")).isEqualTo(ServiceLevel.EXPRESS);
        assertThat(RuleFilters.level(null, "same-day")).isEqualTo(ServiceLevel.SAME_DAY);
        assertThat(RuleFilters.level(null, "surface")).isNull();
        assertThat(RuleFilters.level(ServiceLevel.ECONOMY, "express_saver")).isEqualTo(ServiceLevel.ECONOMY);
    }

    private static Order order(String destination, String cod, String kg) {
        return new Order(null, "IN", "122001", "IN", destination, List.of(Parcel.of(new Weight(new BigDecimal(kg), WeightUnit.KG), null)),
                cod == null ? null : new Money(new BigDecimal(cod), "INR"), null, null, null, ZonedDateTime.parse("2026-12-07T10:00:00Z"));
    }
}
