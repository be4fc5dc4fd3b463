package app.haven.identity.admin;

import java.util.List;

/** An agency as the administration pages show it; {@code areaIds} and {@code areaNames} run in step. */
public record AgencyRow(
        long id,
        String name,
        String kind,
        String kindLabel,
        List<Long> areaIds,
        List<String> areaNames,
        boolean retired) {}
