package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RequestLogIT {

    @Autowired
    MockMvc mvc;

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger requestLog = (Logger) LoggerFactory.getLogger("haven.request");

    @BeforeEach
    void capture() {
        lines.start();
        requestLog.addAppender(lines);
    }

    @AfterEach
    void release() {
        requestLog.detachAppender(lines);
    }

    @Test
    void logsOneLinePerRequestWithoutTheQueryString() throws Exception {
        mvc.perform(get("/login").queryParam("q", "Jayden Fictional 01/02/2012"));
        assertThat(lines.list).hasSize(1);
        String line = lines.list.get(0).getFormattedMessage();
        assertThat(line)
                .startsWith("request method=GET route=/login status=200 durationMs=")
                .contains("user=-")
                .doesNotContain("Jayden")
                .doesNotContain("q=");
    }

    @Test
    void keepsAPlainRequestIdAndReplacesOneThatCouldForgeALogLine() throws Exception {
        mvc.perform(get("/login").header("X-Request-Id", "abc12345-trace"))
                .andExpect(header().string("X-Request-Id", "abc12345-trace"));
        mvc.perform(get("/login").header("X-Request-Id", "x\nrequest method=FAKE"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains("FAKE"));
    }

    @Test
    void doesNotLogAssetRequests() throws Exception {
        mvc.perform(get("/css/haven.css"));
        assertThat(lines.list).isEmpty();
    }
}
