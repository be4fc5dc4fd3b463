package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.platform.DatabaseLocation;
import org.junit.jupiter.api.Test;

class MfaRequirementTest {

    static final DatabaseLocation EMBEDDED = new DatabaseLocation(true, "embedded");
    static final DatabaseLocation EXTERNAL = new DatabaseLocation(false, "db.example.internal");

    @Test
    void leftUnsetItIsOptionalForTheEmbeddedDemoAndMandatoryOtherwise() {
        assertThat(new MfaRequirement("", EMBEDDED).mandatory()).isFalse();
        assertThat(new MfaRequirement("", EXTERNAL).mandatory()).isTrue();
    }

    @Test
    void anExplicitSettingWinsEitherWay() {
        assertThat(new MfaRequirement("mandatory", EMBEDDED).mandatory()).isTrue();
        assertThat(new MfaRequirement("Optional", EXTERNAL).mandatory()).isFalse();
    }

    @Test
    void refusesToStartWithAnUnknownSetting() {
        assertThatThrownBy(() -> new MfaRequirement("sometimes", EXTERNAL)).hasMessageContaining("HAVEN_MFA");
    }
}
