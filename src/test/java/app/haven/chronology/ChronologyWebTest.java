package app.haven.chronology;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** What the chronology's web tests share: a child in a team manager's scope, and reading pages as that manager. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ChronologyWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ChronologyFixtures fixtures;

    /** A child with an involvement for {@code account}, so the account's holder may open the record. */
    long childKnownTo(TestAccounts.Account account, String given, String family) {
        long child = fixtures.child(given, family, LocalDate.of(2011, 5, 6));
        fixtures.involve(child, account);
        return child;
    }

    UserDetails principal(TestAccounts.Account account) {
        return accounts.principal(account);
    }

    Document chronology(long child, UserDetails viewer, String query) throws Exception {
        return page(get("/children/" + child + "/chronology" + query).with(user(viewer)));
    }

    Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
