package app.haven.identity.admin;

import java.util.List;
import java.util.Optional;

/**
 * One account as an administrator sees it. Ids and names run in step; {@code version} is the optimistic lock
 * an edit must match.
 */
public record UserView(
        long id,
        String name,
        String email,
        long agencyId,
        String agencyName,
        Optional<Long> teamId,
        Optional<String> teamName,
        List<Long> areaIds,
        List<String> areaNames,
        List<String> roleCodes,
        List<String> roleNames,
        Optional<Long> managerId,
        Optional<String> managerName,
        boolean enabled,
        String created,
        String lastSignIn,
        int version) {

    /** The account as the edit form shows it, ids as the page posts them. */
    UserForm toForm() {
        return new UserForm(
                name,
                email,
                String.valueOf(agencyId),
                teamId.map(String::valueOf).orElse(""),
                areaIds.stream().map(String::valueOf).toList(),
                roleCodes,
                managerId.map(String::valueOf).orElse(""),
                "",
                String.valueOf(version));
    }
}
