package app.haven.identity.admin;

import app.haven.identity.AccountSecurity;
import app.haven.platform.web.Option;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks a user form against the database after Bean Validation: every id must be one the page offered, the
 * team must belong to the agency, and the e-mail must be free. Problems go into the same binding result.
 */
@Component
class UserChecks {

    /** bcrypt reads only the first 72 bytes of a password; a longer one would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final Agencies agencies;
    private final Teams teams;
    private final Areas areas;
    private final UserChoices choices;
    private final AccountSecurity security;

    UserChecks(Agencies agencies, Teams teams, Areas areas, UserChoices choices, AccountSecurity security) {
        this.agencies = agencies;
        this.teams = teams;
        this.areas = areas;
        this.choices = choices;
        this.security = security;
    }

    /** @param existing the account being edited, or empty when creating one */
    Optional<UserChoice> check(UserForm form, BindingResult result, Optional<UserView> existing) {
        long userId = existing.map(UserView::id).orElse(0L);
        if (!result.hasFieldErrors("email") && choices.emailTaken(form.strippedEmail(), userId)) {
            FieldProblems.add(result, "email", "Another account already uses this email address");
        }
        Optional<Long> agencyId = offered(form.agency(), agencies.options(existing.map(UserView::agencyId)));
        if (agencyId.isEmpty()) {
            FieldProblems.add(result, "agency", "Select the user's agency");
        }
        Optional<Long> teamId = FieldProblems.id(form.team());
        if (!isBlank(form.team()) && !teamFits(teamId, agencyId, existing)) {
            FieldProblems.add(result, "team", "Select a team of the user's agency, or no team");
        }
        Set<Long> existingAreas =
                existing.map(view -> Set.copyOf(view.areaIds())).orElse(Set.of());
        Set<String> offeredAreas = values(areas.options(existingAreas));
        if (!offeredAreas.containsAll(form.areas())) {
            FieldProblems.add(result, "areas", "Select areas from the list");
        }
        Set<String> offeredRoles = values(choices.roles());
        if (!result.hasFieldErrors("roles") && !offeredRoles.containsAll(form.roles())) {
            FieldProblems.add(result, "roles", "Select roles from the list");
        }
        if (form.areas().isEmpty() && !choices.partnershipWideRoles().containsAll(form.roles())) {
            FieldProblems.add(result, "areas", "Select at least one area the user works in");
        }
        Optional<Long> managerId = FieldProblems.id(form.manager());
        if (!isBlank(form.manager())
                && (managerId.isEmpty() || managerId.get() == userId || !choices.isActiveUser(managerId.get()))) {
            FieldProblems.add(result, "manager", "Select a manager from the list, or no manager");
        }
        if (existing.isEmpty()) {
            checkPassword(form.password(), form.strippedEmail(), result);
        }
        if (result.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new UserChoice(
                form.strippedName(),
                form.strippedEmail(),
                agencyId.orElseThrow(),
                teamId,
                form.areas().stream().map(Long::valueOf).collect(Collectors.toSet()),
                Set.copyOf(form.roles()),
                managerId));
    }

    private boolean teamFits(Optional<Long> teamId, Optional<Long> agencyId, Optional<UserView> existing) {
        return teamId.flatMap(teams::find)
                .filter(team -> agencyId.equals(Optional.of(team.agencyId())))
                .filter(team ->
                        !team.retired() || existing.flatMap(UserView::teamId).equals(Optional.of(team.id())))
                .isPresent();
    }

    /** The same NCSC-style policy users meet when they choose their own; bcrypt's 72-byte limit on top. */
    private void checkPassword(String password, String email, BindingResult result) {
        if (password == null || password.isEmpty()) {
            FieldProblems.add(result, "password", "Enter a temporary password");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            FieldProblems.add(result, "password", "Password must be 64 characters or fewer");
        } else {
            security.passwordProblem(password, email)
                    .ifPresent(problem -> FieldProblems.add(result, "password", problem));
        }
    }

    private static Optional<Long> offered(String value, java.util.List<Option> options) {
        return values(options).contains(value) ? FieldProblems.id(value) : Optional.empty();
    }

    private static Set<String> values(java.util.List<Option> options) {
        return options.stream().map(Option::value).collect(Collectors.toSet());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
