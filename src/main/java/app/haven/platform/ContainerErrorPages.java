package app.haven.platform;

import app.haven.platform.web.SecurityHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Responses Haven's pages never render still carry the security headers: a request Spring Security's firewall
 * rejects (answered here, 400, rather than by a container error page), and any error Tomcat reports itself.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages {

    /** Spring Security uses a {@code RequestRejectedHandler} bean for its firewall's refusals. */
    @Bean
    RequestRejectedHandler rejectedWithSecurityHeaders() {
        return (request, response, rejected) -> {
            SecurityHeaders.writeTo(response);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write("Bad request\n".getBytes(StandardCharsets.UTF_8));
        };
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> errorReportsWithSecurityHeaders() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(HeadersErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's own error report (no details: Spring Boot turns them off), with the security headers. */
    public static class HeadersErrorReportValve extends ErrorReportValve {

        public HeadersErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                SecurityHeaders.writeTo(response);
            }
            super.report(request, response, throwable);
        }
    }
}
