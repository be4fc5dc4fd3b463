package app.haven.people;

import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetails;

/** Test fixtures: a minimal child, and running service calls as a signed-in user (the audit log needs to know who acted). */
final class TestPeople {

    private TestPeople() {}

    /** A child with only the details the record needs, for tests that create one directly. */
    static NewPerson child(String given, String family, java.time.LocalDate dob) {
        return new NewPerson(
                PersonKind.CHILD,
                given,
                family,
                java.util.Optional.empty(),
                java.util.Optional.of(dob),
                false,
                Sex.FEMALE,
                java.util.Optional.empty(),
                java.util.Map.of(),
                java.util.Optional.empty(),
                java.util.List.of(),
                "NOT_KNOWN",
                false,
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty());
    }

    static <T> T as(UserDetails user, Supplier<T> action) {
        return app.haven.identity.TestAccounts.as(user, action);
    }
}
