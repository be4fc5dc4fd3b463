package app.haven.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user's full name with a character a reader cannot see is refused, saying why. */
class UserFormNameTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"Sam\u200BTaylor", "Sam Taylor\u202E", "\u2066Sam Taylor", "Sam\u200E Taylor"})
    void refusesHiddenAndDirectionChangingCharactersInAFullName(String name) {
        assertThat(messages(name)).anyMatch(m -> m.startsWith("Full name must not include hidden characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sam Taylor", "Zoë Łukasiewicz", "محمد علي", "李明"})
    void acceptsFullNamesInAnyScript(String name) {
        assertThat(messages(name)).noneMatch(m -> m.startsWith("Full name"));
    }

    private static List<String> messages(String name) {
        UserForm form =
                new UserForm(name, "sam@example.org", "1", "", List.of("1"), List.of("PRACTITIONER"), "", "", "");
        return VALIDATOR.validate(form).stream().map(v -> v.getMessage()).toList();
    }
}
