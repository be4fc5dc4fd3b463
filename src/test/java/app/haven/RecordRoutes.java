package app.haven;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the tests over the whole route inventory share: the demo partnership with {@link RecordFixture}'s child in it,
 * every route with a record in it (read from Spring MVC's handler mappings), asking one as a user, and the audit log
 * since a moment.
 */
@SpringBootTest(properties = "haven.test.database=demo-partnership")
@AutoConfigureMockMvc
abstract class RecordRoutes {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    app.haven.platform.DemoDataGenerator demo;

    RecordFixture fixture;

    @BeforeEach
    void demoPartnership() {
        demo.generateOnce(1, Instant.now());
        fixture = RecordFixture.build(jdbc, users);
    }

    List<RouteInventory.Route> routes() {
        return RouteInventory.recordRoutes(mapping);
    }

    /** The route asked at the path as the user; a post carries CSRF only {@code withToken}. */
    MockHttpServletResponse perform(RouteInventory.Route route, String path, UserDetails as, boolean withToken)
            throws Exception {
        MockHttpServletRequestBuilder request = route.method() == RequestMethod.POST
                ? MockMvcRequestBuilders.post(path)
                : MockMvcRequestBuilders.get(path);
        if (withToken && route.method() == RequestMethod.POST) {
            request.with(csrf());
        }
        return mvc.perform(request.with(user(as))).andReturn().getResponse();
    }

    long lastAudit() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();
    }

    /** The actions audited after the entry with this id, in order. */
    List<String> auditedSince(long id) {
        return jdbc.sql("SELECT action FROM audit_event WHERE id > :id ORDER BY id")
                .param("id", id)
                .query(String.class)
                .list();
    }
}
