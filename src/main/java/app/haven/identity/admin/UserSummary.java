package app.haven.identity.admin;

import java.util.List;

/** One row of the users list. */
public record UserSummary(
        long id,
        String name,
        String email,
        String agencyName,
        String teamName,
        List<String> roleNames,
        boolean enabled,
        String lastSignIn) {}
