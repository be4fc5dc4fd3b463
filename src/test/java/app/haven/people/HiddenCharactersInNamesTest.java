package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A person's name with a character a reader cannot see is refused, saying why. */
class HiddenCharactersInNamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nydia\u200BSorrelton", // zero-width space
                "Ny\u200Ddia", // zero-width joiner
                "Nydia\u202E", // right-to-left override
                "\u2067Nydia", // right-to-left isolate
                "Ny\u200Fdia", // right-to-left mark
                "\uFEFFNydia" // byte order mark (zero-width no-break space)
            })
    void refusesHiddenAndDirectionChangingCharactersInAName(String given) {
        var errors = new NameForm("ALIAS", given, "Sorrelton").validate();
        assertThat(errors.messageFor("givenNames"))
                .hasValueSatisfying(message -> assertThat(message).contains("must not include hidden characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nydia", "Zoë", "Łucja", "محمد", "李明", "Anne-Marie", "O'Brien"})
    void acceptsNamesInAnyScript(String given) {
        assertThat(new NameForm("ALIAS", given, "Sorrelton").validate().hasErrors())
                .isFalse();
    }
}
