package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class DateInputConfigurationTest {

    private final DateInputConfiguration.DateInputResolver resolver = new DateInputConfiguration.DateInputResolver();

    @SuppressWarnings("unused")
    void handler(@DateInput("issuedOn") DateParts issuedOn, DateParts unannotated, @DateInput("x") String notADate) {}

    @Test
    void readsTheThreeBoxesOfTheNamedDateInputKeepingWhatWasTyped() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("issuedOn.day", "31");
        request.addParameter("issuedOn.month", "Feb");
        request.addParameter("issuedOn.year", " 2026");
        request.addParameter("expiresOn.day", "1");

        Object parts = resolver.resolveArgument(parameter(0), null, new ServletWebRequest(request), null);

        assertThat(parts).isEqualTo(new DateParts("31", "Feb", " 2026"));
    }

    @Test
    void aBoxNotSentIsEmpty() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("issuedOn.month", "3");

        Object parts = resolver.resolveArgument(parameter(0), null, new ServletWebRequest(request), null);

        assertThat(parts).isEqualTo(new DateParts("", "3", ""));
    }

    @Test
    void bindsOnlyAnnotatedDatePartsParameters() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isFalse();
        assertThat(resolver.supportsParameter(parameter(2))).isFalse();
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method handler = DateInputConfigurationTest.class.getDeclaredMethod(
                "handler", DateParts.class, DateParts.class, String.class);
        return new MethodParameter(handler, index);
    }
}
