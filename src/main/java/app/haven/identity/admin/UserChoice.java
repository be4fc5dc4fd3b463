package app.haven.identity.admin;

import java.util.Optional;
import java.util.Set;

/** A user form that passed every check, with its ids parsed: what gets saved. */
record UserChoice(
        String name,
        String email,
        long agencyId,
        Optional<Long> teamId,
        Set<Long> areaIds,
        Set<String> roles,
        Optional<Long> managerId) {}
