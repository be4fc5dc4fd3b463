package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class LocalOnlyDemoTest {

    @Test
    void demoInstallationListensOnLocalhostOnly() {
        assertThat(serverAddress(Map.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void anExplicitAddressWins() {
        assertThat(serverAddress(Map.of("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
    }

    @Test
    void anInstallationWithItsOwnDatabaseIsLeftAlone() {
        assertThat(serverAddress(Map.of("haven.db.url", "jdbc:postgresql://db/haven")))
                .isNull();
    }

    private static String serverAddress(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new LocalOnlyDemo().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }
}
