package app.haven.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The layout links to these without a version; if one stops resolving, every page loses its look. */
@WebSlice(controllers = ErrorPageController.class)
class StaticAssetsTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
                "/favicon.svg",
                "/css/haven.css",
                "/js/haven.js",
                "/js/haven-init.js"
            })
    void layoutAssetsResolve(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/js/haven.js", "/js/haven-init.js"})
    void scriptsAreServedAsJavaScriptForModuleLoading(String path) throws Exception {
        mvc.perform(get(path)).andExpect(content().contentTypeCompatibleWith("text/javascript"));
    }
}
