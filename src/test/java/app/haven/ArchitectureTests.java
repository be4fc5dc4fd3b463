package app.haven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * House rules that the compiler cannot see. Every rule must select real classes: a rule that matches nothing
 * fails rather than passing silently.
 */
class ArchitectureTests {

    static final JavaClasses HAVEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.haven");

    @Test
    void everyHandlerDeclaresWhoMayCallIt() {
        ArchRule rule = methods()
                .that()
                .areAnnotatedWith(GetMapping.class)
                .or()
                .areAnnotatedWith(PostMapping.class)
                .or()
                .areAnnotatedWith(PutMapping.class)
                .or()
                .areAnnotatedWith(PatchMapping.class)
                .or()
                .areAnnotatedWith(DeleteMapping.class)
                .or()
                .areAnnotatedWith(RequestMapping.class)
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .because("every page declares its permission (see SecurityConfiguration)")
                .allowEmptyShould(false);
        rule.check(HAVEN);
    }

    @Test
    void controllersAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .because("a module's web layer is internal; other modules use its facade")
                .allowEmptyShould(false)
                .check(HAVEN);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        fields().should()
                .notBeAnnotatedWith(Autowired.class)
                .because("constructor injection keeps classes testable and their needs visible")
                .allowEmptyShould(false)
                .check(HAVEN);
    }

    @Test
    void noVagueClassNames() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .because("STYLE.md: name things after the domain")
                .allowEmptyShould(false)
                .check(HAVEN);
    }

    @Test
    void nothingWritesToStandardStreams() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("logs go through SLF4J, where the request id and log levels apply")
                .allowEmptyShould(false)
                .check(HAVEN);
    }
}
