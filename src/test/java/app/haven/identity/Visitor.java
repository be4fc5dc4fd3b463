package app.haven.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One person's browser for MockMvc tests: keeps the SESSION cookie (Spring Session) from one request to the
 * next, and posts forms with a CSRF token.
 */
final class Visitor {

    private final MockMvc mvc;
    private Cookie session;

    Visitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Cookie cookie = response.getCookie("SESSION");
        if (cookie != null) {
            session = cookie.getMaxAge() == 0 ? null : cookie;
        }
        return response;
    }

    MockHttpServletResponse get(String path) throws Exception {
        return perform(MockMvcRequestBuilders.get(path));
    }

    MockHttpServletResponse post(String path, String... nameValuePairs) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            request.param(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return perform(request);
    }

    /** Posts the sign-in form; returns where Haven sent the visitor next (a failure is a forward). */
    String signIn(String email, String password) throws Exception {
        MockHttpServletResponse response = post("/login", "email", email, "password", password);
        return response.getRedirectedUrl() != null ? response.getRedirectedUrl() : response.getForwardedUrl();
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(get(path).getContentAsString());
    }

    static Document parse(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    String sessionId() {
        return session == null ? null : session.getValue();
    }
}
