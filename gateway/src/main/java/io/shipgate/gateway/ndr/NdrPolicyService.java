package io.shipgate.gateway.ndr;

import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The tenant's automatic NDR policies: validated (a mistake is a 400 naming its field), at most {@value #MAX_POLICIES}. */
@Service
public class NdrPolicyService {

    static final int MAX_POLICIES = 50;
    static final int DEFAULT_PRIORITY = 100;

    private final JdbcNdrPolicies policies;
    private final Clock clock;

    NdrPolicyService(JdbcNdrPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    public NdrPolicyList list(UUID tenantId) {
        return new NdrPolicyList(policies.list(tenantId).stream().map(NdrPolicyService::view).toList());
    }

    public NdrPolicyView get(UUID tenantId, UUID id) {
        return view(find(tenantId, id));
    }

    @Transactional
    public NdrPolicyView create(UUID tenantId, NdrPolicyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        NdrPolicyConditions conditions = NdrPolicyRules.conditions(request.conditions(), errors);
        String action = NdrPolicyRules.action(request.action(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (policies.count(tenantId) >= MAX_POLICIES) {
            throw ApiException.invalid("policies", "a tenant has at most " + MAX_POLICIES + " NDR policies; delete one first");
        }
        Instant now = clock.instant();
        NdrPolicy policy = new NdrPolicy(Ids.newId(clock), tenantId, request.name().strip(),
                request.priority() == null ? DEFAULT_PRIORITY : request.priority(), request.enabled() == null || request.enabled(),
                conditions, action, now, now);
        policies.insert(policy);
        return view(policy);
    }

    /** PUT: the whole policy. */
    @Transactional
    public NdrPolicyView replace(UUID tenantId, UUID id, NdrPolicyRequest request) {
        NdrPolicy stored = find(tenantId, id);
        return update(stored, new UpdateNdrPolicyRequest(request.name(), request.priority() == null ? DEFAULT_PRIORITY : request.priority(),
                request.enabled() == null || request.enabled(), request.conditions() == null ? NdrPolicyConditions.ANY : request.conditions(),
                request.action()));
    }

    /** PATCH: the fields given. */
    @Transactional
    NdrPolicyView patch(UUID tenantId, UUID id, UpdateNdrPolicyRequest request) {
        return update(find(tenantId, id), request);
    }

    @Transactional
    public NdrPolicyView delete(UUID tenantId, UUID id) {
        NdrPolicy stored = find(tenantId, id);
        policies.delete(tenantId, id);
        return view(stored);
    }

    private NdrPolicyView update(NdrPolicy stored, UpdateNdrPolicyRequest change) {
        List<FieldError> errors = new ArrayList<>();
        NdrPolicyConditions conditions = change.conditions() == null ? stored.conditions() : NdrPolicyRules.conditions(change.conditions(), errors);
        String action = change.action() == null ? stored.action() : NdrPolicyRules.action(change.action(), errors);
        if (change.name() != null && change.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        NdrPolicy updated = new NdrPolicy(stored.id(), stored.tenantId(), change.name() == null ? stored.name() : change.name().strip(),
                change.priority() == null ? stored.priority() : change.priority(), change.enabled() == null ? stored.enabled() : change.enabled(),
                conditions, action, stored.createdAt(), clock.instant());
        policies.update(updated);
        return view(updated);
    }

    private NdrPolicy find(UUID tenantId, UUID id) {
        return policies.find(tenantId, id).orElseThrow(() -> ApiException.notFound("NDR policy " + id));
    }

    static NdrPolicyView view(NdrPolicy p) {
        return new NdrPolicyView(p.id(), p.name(), p.priority(), p.enabled(), p.conditions(), p.action(), p.createdAt(), p.updatedAt());
    }
}
