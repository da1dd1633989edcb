package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.ServiceLevel;

import java.util.Locale;
import java.util.UUID;

/** The rules' matching, pure: hard filters, max cost, pinned preferences, and the service level of a service. */
final class RuleFilters {

    private RuleFilters() {
    }

    /** A hard filter that excludes an account for an order. */
    record Match(String rule, String detail) {
    }

    /** The first exclusion rule that excludes the account's options for the order, or null. */
    static Match exclusion(RecommendationRules rules, Order order, UUID accountId, String carrier) {
        for (int i = 0; i < rules.exclusions().size(); i++) {
            ExclusionRule rule = rules.exclusions().get(i);
            if (!targets(rule.carrier(), rule.carrierAccountId(), accountId, carrier)) {
                continue;
            }
            String why = conditions(rule, order);
            if (why != null) {
                String name = "exclusions[" + i + "]" + (rule.name() == null ? "" : " (" + rule.name() + ")");
                return new Match(name, "excluded by rule " + name + ": " + why);
            }
        }
        return null;
    }

    /** Why the rule's conditions all hold for the order, or null when one does not. */
    private static String conditions(ExclusionRule rule, Order order) {
        StringBuilder why = new StringBuilder();
        if (!rule.destinationCountries().isEmpty()) {
            if (rule.destinationCountries().stream().noneMatch(c -> c.equalsIgnoreCase(order.destinationCountry()))) {
                return null;
            }
            why.append("destination in ").append(order.destinationCountry());
        }
        if (!rule.destinationPostalPrefixes().isEmpty()) {
            String code = compact(order.destinationPostalCode());
            String prefix = rule.destinationPostalPrefixes().stream().filter(p -> code.startsWith(compact(p))).findFirst().orElse(null);
            if (prefix == null) {
                return null;
            }
            why.append(why.isEmpty() ? "" : ", ").append("destination postal code starting with ").append(compact(prefix));
        }
        if (rule.codAbove() != null) {
            Money cod = order.cod();
            if (cod == null || !cod.currency().equals(rule.codAbove().currency()) || cod.amount().compareTo(rule.codAbove().amount()) <= 0) {
                return null;
            }
            why.append(why.isEmpty() ? "" : ", ").append("COD above ").append(rule.codAbove().currency()).append(' ')
                    .append(rule.codAbove().amount().toPlainString());
        }
        if (rule.weightAboveKg() != null) {
            if (order.weightKg().compareTo(rule.weightAboveKg()) <= 0) {
                return null;
            }
            why.append(why.isEmpty() ? "" : ", ").append("weight above ").append(rule.weightAboveKg().toPlainString()).append(" kg");
        }
        return why.toString();
    }

    /** Whether a quote is above the rules' max cost (a quote in another currency is not compared). */
    static boolean overMaxCost(RecommendationRules rules, Money total) {
        return rules.maxCost() != null && rules.maxCost().currency().equals(total.currency())
                && total.amount().compareTo(rules.maxCost().amount()) > 0;
    }

    /** The first pinned preference matching the candidate, or null. */
    static PreferenceRule preference(RecommendationRules rules, Candidate c) {
        for (PreferenceRule pin : rules.preferences()) {
            if (targets(pin.carrier(), pin.carrierAccountId(), c.carrierAccountId(), c.carrier())
                    && (pin.service() == null || pin.service().equals(c.service()))) {
                return pin;
            }
        }
        return null;
    }

    /** Whether a rule naming a carrier or an account (or neither: every account) applies to the account. */
    static boolean targets(String ruleCarrier, UUID ruleAccount, UUID accountId, String carrier) {
        if (ruleAccount != null) {
            return ruleAccount.equals(accountId);
        }
        return ruleCarrier == null || ruleCarrier.equals(carrier);
    }

    /**
     * The service level of a service: the quote's when it says, else the level its code names as a word
     * ({@code sandbox_express}, {@code EXPRESS}, {@code same-day}); null when unknown.
     */
    static ServiceLevel level(ServiceLevel quoted, String service) {
        if (quoted != null) {
            return quoted;
        }
        String words = "_" + service.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_') + "_";
        for (ServiceLevel level : ServiceLevel.values()) {
            if (words.contains("_" + level.name() + "_")) {
                return level;
            }
        }
        return null;
    }

    static String compact(String postalCode) {
        return postalCode == null ? "" : postalCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
