package app.haven.platform;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which proxies may say who the client is. Tomcat's {@code RemoteIpValve} trusts {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} from any private address by default, so anyone on the network could put any address
 * in the audit log. Haven trusts only the addresses and networks listed in {@code haven.web.trusted-proxies}
 * ({@code HAVEN_TRUSTED_PROXIES}, e.g. {@code 10.0.4.10, 10.0.5.0/24}); by default none.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final String networks;

    TrustedProxies(@Value("${haven.web.trusted-proxies:}") String setting) {
        this.networks = asNetworks(setting);
    }

    /** A bare address becomes a one-address network, so Tomcat reads the whole list as CIDR, never as a regex. */
    static String asNetworks(String setting) {
        return Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32"))
                .collect(Collectors.joining(", "));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    // Empty means no proxy at all is trusted: the client is the connection's own address.
                    valve.setInternalProxies(networks);
                    valve.setTrustedProxies("");
                });
    }

    /** After Spring Boot's own Tomcat customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
