package io.shipgate.gateway.carrier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierDescriptor;
import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.platform.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A tenant's carrier accounts: settings and credentials checked against what the carrier's adapter
 * declares, credentials write-only.
 */
@Service
public class CarrierAccountService {

    private final CarrierAccountRepository accounts;
    private final CarrierRegistry carriers;
    private final Clock clock;
    private final Cache<UUID, Views> views = Caffeine.newBuilder().expireAfterWrite(CarrierAccountRepository.CACHE_TTL)
            .maximumSize(10_000).build();

    CarrierAccountService(CarrierAccountRepository accounts, CarrierRegistry carriers, Clock clock) {
        this.accounts = accounts;
        this.carriers = carriers;
        this.clock = clock;
    }

    @Transactional
    public CarrierAccountView create(UUID tenantId, CreateCarrierAccountRequest request) {
        CarrierAdapter adapter = carriers.find(request.carrier()).orElseThrow(() -> ApiException.invalid("carrier",
                "unknown carrier '" + request.carrier() + "'; known: " + carriers.all().stream().map(CarrierAdapter::code).toList()));
        Map<String, String> settings = clean(request.settings());
        Map<String, String> credentials = clean(request.credentials());
        check(adapter.descriptor(), settings, credentials);
        Instant now = clock.instant();
        CarrierAccountRecord account = new CarrierAccountRecord(Ids.newId(clock), tenantId, adapter.code(), request.name().trim(),
                settings, credentials, request.enabled() == null || request.enabled(), now, now);
        accounts.insert(account);
        return view(account);
    }

    @Transactional
    public CarrierAccountView update(UUID tenantId, UUID id, UpdateCarrierAccountRequest request) {
        CarrierAccountRecord current = find(tenantId, id);
        Map<String, String> settings = merge(current.settings(), request.settings());
        Map<String, String> credentials = merge(current.credentials(), request.credentials());
        check(descriptor(current.carrier()), settings, credentials);
        CarrierAccountRecord updated = new CarrierAccountRecord(id, tenantId, current.carrier(),
                request.name() == null ? current.name() : request.name().trim(), settings, credentials,
                request.enabled() == null ? current.enabled() : request.enabled(), current.createdAt(), clock.instant());
        accounts.update(updated);
        return view(updated);
    }

    @Transactional
    public CarrierAccountView disable(UUID tenantId, UUID id) {
        return update(tenantId, id, new UpdateCarrierAccountRequest(null, null, null, false));
    }

    public CarrierAccountView get(UUID tenantId, UUID id) {
        return view(find(tenantId, id));
    }

    /**
     * The tenant's accounts as the API shows them. Every decision request reads them, so the views of the list the
     * repository holds are made once and handed out until the repository hands out another list.
     */
    public List<CarrierAccountView> list(UUID tenantId) {
        List<CarrierAccountRecord> records = accounts.list(tenantId);
        Views held = views.getIfPresent(tenantId);
        if (held != null && held.records() == records) {
            return held.views();
        }
        List<CarrierAccountView> made = records.stream().map(this::view).toList();
        views.put(tenantId, new Views(records, made));
        return made;
    }

    private record Views(List<CarrierAccountRecord> records, List<CarrierAccountView> views) {
    }

    private CarrierAccountRecord find(UUID tenantId, UUID id) {
        return accounts.find(tenantId, id).orElseThrow(() -> ApiException.notFound("carrier account " + id));
    }

    private CarrierDescriptor descriptor(String carrier) {
        return carriers.find(carrier).orElseThrow(() -> new IllegalStateException("no adapter for carrier " + carrier)).descriptor();
    }

    /**
     * Every key known to the carrier, in the right map, with a value of the field's type; every
     * required one present. Errors name the field, never quote a value.
     */
    private static void check(CarrierDescriptor carrier, Map<String, String> settings, Map<String, String> credentials) {
        Map<String, AccountField> fields = carrier.accountFields().stream().collect(Collectors.toMap(AccountField::name, f -> f));
        List<FieldError> errors = new ArrayList<>();
        settings.forEach((k, v) -> {
            AccountField f = fields.get(k);
            if (k.length() > AccountField.MAX_NAME_LENGTH) {
                errors.add(new FieldError("settings", "has a name longer than " + AccountField.MAX_NAME_LENGTH + " characters"));
            } else if (f == null) {
                errors.add(new FieldError("settings." + k, "is not a setting of " + carrier.code() + "; known: " + names(carrier, false)));
            } else if (f.secret()) {
                errors.add(new FieldError("settings." + k, "is a credential: send it in credentials, where it is encrypted"));
            } else if (f.problem(v) != null) {
                errors.add(new FieldError("settings." + k, f.problem(v)));
            }
        });
        credentials.forEach((k, v) -> {
            AccountField f = fields.get(k);
            if (k.length() > AccountField.MAX_NAME_LENGTH) {
                errors.add(new FieldError("credentials", "has a name longer than " + AccountField.MAX_NAME_LENGTH + " characters"));
            } else if (f == null || !f.secret()) {
                errors.add(new FieldError("credentials." + k, "is not a credential of " + carrier.code() + "; known: " + names(carrier, true)));
            } else if (f.problem(v) != null) {
                errors.add(new FieldError("credentials." + k, f.problem(v)));
            }
        });
        carrier.accountFields().stream().filter(AccountField::required)
                .filter(f -> !(f.secret() ? credentials : settings).containsKey(f.name()))
                .forEach(f -> errors.add(new FieldError((f.secret() ? "credentials." : "settings.") + f.name(), "is required: " + f.description())));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw ApiException.invalid(errors);
        }
    }

    private static List<String> names(CarrierDescriptor carrier, boolean secret) {
        return carrier.accountFields().stream().filter(f -> f.secret() == secret).map(AccountField::name).toList();
    }

    private static Map<String, String> clean(Map<String, String> values) {
        Map<String, String> out = new HashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    out.put(k, v.trim());
                }
            });
        }
        return out;
    }

    private static Map<String, String> merge(Map<String, String> current, Map<String, String> changes) {
        if (changes == null) {
            return current;
        }
        Map<String, String> out = new HashMap<>(current);
        changes.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                out.remove(k);
            } else {
                out.put(k, v.trim());
            }
        });
        return out;
    }

    private CarrierAccountView view(CarrierAccountRecord a) {
        return CarrierAccountMapper.view(a, descriptor(a.carrier()).capabilities().operations());
    }
}
