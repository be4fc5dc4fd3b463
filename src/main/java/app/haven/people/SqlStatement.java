package app.haven.people;

import java.util.Map;

/** A query and its named parameters, for running, or for EXPLAIN in a benchmark. */
record SqlStatement(String sql, Map<String, Object> params) {}
