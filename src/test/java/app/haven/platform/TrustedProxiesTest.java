package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

class TrustedProxiesTest {

    @Test
    void bareAddressesBecomeSingleAddressNetworks() {
        assertThat(TrustedProxies.asNetworks(" 10.0.4.10, 10.0.5.0/24 ,fd00::1, "))
                .isEqualTo("10.0.4.10/32, 10.0.5.0/24, fd00::1/128");
    }

    @Test
    void byDefaultNoProxyIsTrusted() {
        RemoteIpValve valve = customisedValve("");
        assertThat(valve.getInternalProxies()).isNull();
        assertThat(valve.getTrustedProxies()).isNull();
    }

    @Test
    void onlyTheListedProxiesAreTrusted() {
        RemoteIpValve valve = customisedValve("10.0.4.10");
        assertThat(valve.getInternalProxies()).isEqualTo("10.0.4.10/32");
    }

    private static RemoteIpValve customisedValve(String setting) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        RemoteIpValve valve = new RemoteIpValve();
        factory.addEngineValves(valve);
        new TrustedProxies(setting).customize(factory);
        return valve;
    }
}
