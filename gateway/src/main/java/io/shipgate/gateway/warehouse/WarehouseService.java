package io.shipgate.gateway.warehouse;

import io.shipgate.gateway.platform.Ids;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Creates, changes, lists and archives the tenant's warehouses. */
@Service
class WarehouseService {

    /** A tenant's active warehouses, at most. */
    static final int MAX_WAREHOUSES = 500;

    private final WarehouseRepository repository;
    private final Clock clock;

    WarehouseService(WarehouseRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    WarehouseView create(UUID tenantId, CreateWarehouseRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkZone(request.timeZone(), errors);
        List<DayOfWeek> days = checkDays(request.workingDays(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (repository.countActive(tenantId) >= MAX_WAREHOUSES) {
            throw ApiException.invalid("name", "a tenant has at most " + MAX_WAREHOUSES + " active warehouses; archive one first");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        WarehouseRepository.Row row = new WarehouseRepository.Row(Ids.newId(clock), tenantId, request.name().strip(), request.address(),
                request.contact(), request.timeZone().strip(), request.cutoffTime().truncatedTo(ChronoUnit.SECONDS), days,
                Boolean.TRUE.equals(request.autoAttachPickups()), now, now, null);
        repository.insert(row);
        return row.view();
    }

    WarehouseView get(UUID tenantId, UUID id) {
        return find(tenantId, id).view();
    }

    WarehouseList list(UUID tenantId, boolean includeArchived, int limit) {
        return new WarehouseList(repository.list(tenantId, includeArchived, limit).stream().map(WarehouseRepository.Row::view).toList());
    }

    @Transactional
    WarehouseView update(UUID tenantId, UUID id, UpdateWarehouseRequest request) {
        WarehouseRepository.Row current = find(tenantId, id);
        List<FieldError> errors = new ArrayList<>();
        if (request.timeZone() != null) {
            checkZone(request.timeZone(), errors);
        }
        List<DayOfWeek> days = request.workingDays() == null ? current.workingDays() : checkDays(request.workingDays(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        WarehouseRepository.Row changed = new WarehouseRepository.Row(id, tenantId,
                request.name() == null ? current.name() : request.name().strip(),
                request.address() == null ? current.address() : request.address(),
                request.contact() == null ? current.contact() : request.contact(),
                request.timeZone() == null ? current.timeZone() : request.timeZone().strip(),
                request.cutoffTime() == null ? current.cutoffTime() : request.cutoffTime().truncatedTo(ChronoUnit.SECONDS), days,
                request.autoAttachPickups() == null ? current.autoAttachPickups() : request.autoAttachPickups(),
                current.createdAt(), clock.instant().truncatedTo(ChronoUnit.MICROS), current.archivedAt());
        repository.update(changed);
        return changed.view();
    }

    /** Archives the warehouse: kept for what names it, but it takes no new shipments, pickups or manifests. Archiving twice is no error. */
    @Transactional
    WarehouseView archive(UUID tenantId, UUID id) {
        WarehouseRepository.Row current = find(tenantId, id);
        if (current.archivedAt() != null) {
            return current.view();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        WarehouseRepository.Row archived = new WarehouseRepository.Row(id, tenantId, current.name(), current.address(), current.contact(),
                current.timeZone(), current.cutoffTime(), current.workingDays(), current.autoAttachPickups(), current.createdAt(), now, now);
        repository.update(archived);
        return archived.view();
    }

    private WarehouseRepository.Row find(UUID tenantId, UUID id) {
        return repository.find(tenantId, id).orElseThrow(() -> ApiException.notFound("warehouse " + id));
    }

    private static void checkZone(String zone, List<FieldError> errors) {
        try {
            ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError("time_zone", "must be an IANA time zone such as Asia/Kolkata or America/New_York"));
        }
    }

    /** The working days in week order; a repeated day is an error. */
    private static List<DayOfWeek> checkDays(List<DayOfWeek> days, List<FieldError> errors) {
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : days) {
            if (!set.add(day)) {
                errors.add(new FieldError("working_days", "names " + day + " twice"));
            }
        }
        return List.copyOf(set);
    }
}
