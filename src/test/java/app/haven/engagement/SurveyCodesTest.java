package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyCodesTest {

    @Test
    void aCodeIsReadTheSameWithSpacesDashesOrLowerCase() {
        String code = SurveyCodes.next();
        String plain = code.replace("-", "");
        assertThat(SurveyCodes.normalised(code)).isEqualTo(plain);
        assertThat(SurveyCodes.normalised(" " + code.toLowerCase() + " ")).isEqualTo(plain);
        assertThat(SurveyCodes.normalised(plain.substring(0, 5) + " " + plain.substring(5)))
                .isEqualTo(plain);
        assertThat(SurveyCodes.hash(SurveyCodes.normalised(code.toLowerCase()))).isEqualTo(SurveyCodes.hash(plain));
    }

    @Test
    void somethingThatCannotBeACodeIsReadAsNone() {
        assertThat(SurveyCodes.normalised("ABCDE-FGHJ")).isEmpty();
        assertThat(SurveyCodes.normalised("ABCDE-FGHJ0"))
                .as("0 is not in the alphabet")
                .isEmpty();
        assertThat(SurveyCodes.normalised("'; DROP TABLE--")).isEmpty();
        assertThat(SurveyCodes.normalised(null)).isEmpty();
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(SurveyCodes.next());
        }
        assertThat(codes).hasSize(10_000);
    }
}
