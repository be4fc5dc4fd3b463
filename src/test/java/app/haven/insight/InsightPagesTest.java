package app.haven.insight;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of the insight pages share: the known {@link MeasureDataset} built once per class (with seven more
 * new cases in October 2016), its area's coordinator and a partnership analyst, asking a page as one of them, and
 * the audit log since a moment.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InsightPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasureDataset dataset;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    MeasureDataset.Built built;
    TestAccounts.Account analyst;

    @BeforeAll
    void build() {
        built = dataset.build();
        dataset.moreNewCases(built, 7, "2016-10-01");
        analyst = accounts.partner(built.coordinator(), "PARTNERSHIP_ANALYST");
    }

    MockHttpServletResponse response(TestAccounts.Account as, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }

    long lastAudit() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();
    }
}
