package app.haven.identity;

import java.util.Map;

/**
 * A piece of SQL for a WHERE clause with its named parameters, for other modules to put into their own
 * queries, so record scope is applied in the database and never by filtering a fetched list.
 *
 * @param sql the condition, e.g. {@code EXISTS (...)}; parameter names start with {@code scope_}
 * @param parameters the values of its named parameters
 */
public record SqlCondition(String sql, Map<String, Object> parameters) {

    public SqlCondition {
        parameters = Map.copyOf(parameters);
    }

    static SqlCondition always(boolean value) {
        return new SqlCondition(value ? "TRUE" : "FALSE", Map.of());
    }
}
