package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A NUL byte (or another control character) in any field of any form is refused with a 400 that says why, and
 * nothing is saved. The forms are every POST route Haven has, read from its handler mappings, so a new form is
 * covered without editing this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnstorableCharacterIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyFormRefusesANulByteWithAClearBadRequestAndSavesNothing() throws Exception {
        UserDetails admin = accounts.principal(accounts.create("CSE_COORDINATOR", "SYSTEM_ADMINISTRATOR"));
        List<String> forms = postRoutes();
        assertThat(forms).as("Haven's forms").hasSizeGreaterThan(18);
        long people = count("person");
        long users = count("user_account");
        for (String form : forms) {
            MvcResult result = mvc.perform(post(form)
                            .param("givenNames", "Nydia\u0000")
                            .param("familyName", "Sorrelton")
                            .param("name", "Sam\u0000Taylor")
                            .param("reason", "Pasted\u0000text")
                            .param("description", "x\u0000")
                            .with(user(admin))
                            .with(csrf()))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(form).isEqualTo(400);
            assertThat(result.getResponse().getErrorMessage())
                    .as(form)
                    .isEqualTo("A field holds a character that cannot be stored");
        }
        assertThat(count("person")).isEqualTo(people);
        assertThat(count("user_account")).isEqualTo(users);
    }

    @Test
    void aSearchOrLinkWithAControlCharacterIsRefusedToo() throws Exception {
        UserDetails worker = accounts.principal(accounts.create("PRACTITIONER"));
        for (String character : List.of("\u0000", "\u0007", "\u001b")) {
            assertThat(mvc.perform(get("/people/search")
                                    .param("q", "Nydia" + character)
                                    .with(user(worker)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(400);
        }
        assertThat(mvc.perform(get("/people/search")
                                .param("q", "Nydia\tSorrelton")
                                .with(user(worker)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a tab is ordinary text")
                .isEqualTo(200);
    }

    /** Every POST route, with each path variable filled in as 1. */
    private List<String> postRoutes() {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> !Set.of("/error").contains(path))
                .map(path -> path.replaceAll("\\{[^}]+}", "1"))
                .distinct()
                .sorted()
                .toList();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
