package app.haven.identity.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.haven.identity.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Base for administration page tests: real accounts, signed in as the real principal their roles give. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class AdminWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    RequestPostProcessor as(TestAccounts.Account account) {
        return user(userDetails.loadUserByUsername(account.email()));
    }

    RequestPostProcessor administrator() {
        return as(accounts.create("SYSTEM_ADMINISTRATOR"));
    }

    RequestPostProcessor practitioner() {
        return as(accounts.create("PRACTITIONER"));
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object param : params) {
            spec = spec.param(param);
        }
        return spec.query(Long.class).single();
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
