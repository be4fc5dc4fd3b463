package app.haven;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module rules of DESIGN.md, checked in every build; the module diagrams land in target/. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(HavenApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicFaces() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
