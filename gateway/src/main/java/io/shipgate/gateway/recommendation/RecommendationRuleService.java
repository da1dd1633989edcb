package io.shipgate.gateway.recommendation;

import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The tenant's rules: read (current, a version, the list) and replaced as a new version after the checks annotations cannot say. */
@Service
public class RecommendationRuleService {

    static final int MAX_LISTED = 100;

    private final RuleVersions versions;
    private final ActiveRules active;
    private final CarrierAccountService accounts;
    private final CarrierRegistry carriers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RecommendationRuleService(RuleVersions versions, ActiveRules active, CarrierAccountService accounts, CarrierRegistry carriers,
                              TransactionTemplate transaction, Clock clock) {
        this.versions = versions;
        this.active = active;
        this.accounts = accounts;
        this.carriers = carriers;
        this.transaction = transaction;
        this.clock = clock;
    }

    RuleSet current(UUID tenantId) {
        return versions.current(tenantId);
    }

    RuleSet version(UUID tenantId, int version) {
        return versions.version(tenantId, version).orElseThrow(() -> ApiException.notFound("recommendation rules version " + version));
    }

    List<RuleSet> versions(UUID tenantId, int limit) {
        if (limit < 1 || limit > MAX_LISTED) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LISTED);
        }
        return versions.versions(tenantId, limit);
    }

    RuleSet replace(UUID tenantId, RecommendationRules rules) {
        check(rules, accounts.list(tenantId).stream().map(CarrierAccountView::id).collect(java.util.stream.Collectors.toSet()));
        RuleSet stored = transaction.execute(status -> versions.store(tenantId, rules, clock.instant()));
        active.stored(tenantId);
        return stored;
    }

    /** The rules in force as the API answers them (version 0, the defaults, for a tenant that stored none). */
    public RecommendationRulesView rules(UUID tenantId) {
        return RecommendationRulesView.of(current(tenantId));
    }

    /** Stores {@code rules} as the tenant's next version, checked as {@code PUT /v1/recommendation-rules} checks them. */
    public RecommendationRulesView put(UUID tenantId, RecommendationRules rules) {
        return RecommendationRulesView.of(replace(tenantId, rules));
    }

    /** The stored versions, newest first. */
    public List<RecommendationRulesView> history(UUID tenantId, int limit) {
        return versions(tenantId, limit).stream().map(RecommendationRulesView::of).toList();
    }

    /** What the annotations cannot say; every error names its field. */
    private void check(RecommendationRules rules, Set<UUID> tenantAccounts) {
        List<FieldError> errors = new ArrayList<>();
        ScoreWeights w = rules.weights();
        if (w.cost().add(w.speed()).add(w.reliability()).add(w.preference()).signum() == 0) {
            errors.add(new FieldError("weights", "must not all be 0"));
        }
        for (int i = 0; i < rules.exclusions().size(); i++) {
            ExclusionRule rule = rules.exclusions().get(i);
            String at = "exclusions[" + i + "]";
            target(at, rule.carrier(), rule.carrierAccountId(), false, tenantAccounts, errors);
            if (rule.destinationCountries().isEmpty() && rule.destinationPostalPrefixes().isEmpty() && rule.codAbove() == null
                    && rule.weightAboveKg() == null) {
                errors.add(new FieldError(at, "needs a condition: destination_countries, destination_postal_prefixes, cod_above or weight_above_kg"));
            }
        }
        for (int i = 0; i < rules.preferences().size(); i++) {
            PreferenceRule rule = rules.preferences().get(i);
            target("preferences[" + i + "]", rule.carrier(), rule.carrierAccountId(), true, tenantAccounts, errors);
        }
        LoadDistribution distribution = rules.distribution();
        if (!distribution.split().isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < distribution.split().size(); i++) {
                SplitShare share = distribution.split().get(i);
                String at = "distribution.split[" + i + "]";
                target(at, share.carrier(), share.carrierAccountId(), true, tenantAccounts, errors);
                if (!seen.add(share.carrier() != null ? share.carrier() : String.valueOf(share.carrierAccountId()))) {
                    errors.add(new FieldError(at, "names a carrier or account already in the split"));
                }
                sum = sum.add(share.percent());
            }
            if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                errors.add(new FieldError("distribution.split", "percents must sum to 100, not " + sum.stripTrailingZeros().toPlainString()));
            }
        }
        Set<String> capped = new HashSet<>();
        for (int i = 0; i < distribution.dailyCaps().size(); i++) {
            DailyCap cap = distribution.dailyCaps().get(i);
            String at = "distribution.daily_caps[" + i + "].carrier";
            if (carriers.find(cap.carrier()).isEmpty()) {
                errors.add(new FieldError(at, "'" + cap.carrier() + "' is not a known carrier"));
            } else if (!capped.add(cap.carrier())) {
                errors.add(new FieldError(at, "has a cap already"));
            }
        }
        if (distribution.timeZone() != null) {
            try {
                ZoneId.of(distribution.timeZone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("distribution.time_zone", "is not an IANA time zone such as Asia/Kolkata"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** A rule's carrier or account: known, the tenant's, one of the two (and, when required, one at all). */
    private void target(String at, String carrier, UUID accountId, boolean required, Set<UUID> tenantAccounts, List<FieldError> errors) {
        if (carrier != null && accountId != null) {
            errors.add(new FieldError(at, "names carrier or carrier_account_id, not both"));
        } else if (carrier == null && accountId == null && required) {
            errors.add(new FieldError(at, "needs carrier or carrier_account_id"));
        } else if (carrier != null && carriers.find(carrier).isEmpty()) {
            errors.add(new FieldError(at + ".carrier", "'" + carrier + "' is not a known carrier"));
        } else if (accountId != null && !tenantAccounts.contains(accountId)) {
            errors.add(new FieldError(at + ".carrier_account_id", "is not a carrier account of the tenant"));
        }
    }
}
