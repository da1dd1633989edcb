package io.shipgate.gateway.platform.paging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a newest-first list page with optional filters: {@code base} (a SELECT whose WHERE holds the tenant's
 * condition), then each filter given a value ({@code AND condition}, one {@code ?}; a null value leaves the filter out;
 * instants go as timestamps, enums as their names), then the cursor's position and {@code limit + 1} rows (one more
 * tells there is a next page). The lists of shipments, trackers, NDR cases and returns are built with it.
 */
public final class NewestFirst {

    private final StringBuilder sql;
    private final List<Object> params = new ArrayList<>();

    public NewestFirst(String base, Object... baseParams) {
        this.sql = new StringBuilder(base);
        this.params.addAll(List.of(baseParams));
    }

    /** {@code AND condition} with its one parameter, when {@code value} is not null. */
    public NewestFirst and(String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.add(value instanceof Instant instant ? Timestamp.from(instant) : value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** The rows after {@code after} (none: from the newest), newest first, at most {@code limit + 1}. */
    public NewestFirst page(PageCursor after, int limit) {
        if (after != null) {
            sql.append(" AND (created_at, id) < (?, ?)");
            params.add(Timestamp.from(after.createdAt()));
            params.add(after.id());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        params.add(limit + 1);
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> params() {
        return params;
    }
}
