package app.haven.platform;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A demo installation (embedded database, no external one configured) listens on localhost only, unless
 * {@code server.address} says otherwise: demo data is fictional, but the demo accounts' password is shared.
 */
class LocalOnlyDemo implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "havenLocalOnlyDemo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean external = !environment.getProperty("haven.db.url", "").isBlank();
        if (!external && !environment.containsProperty("server.address")) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(SOURCE_NAME, Map.of("server.address", "127.0.0.1")));
        }
    }

    /** After the application's own configuration files are loaded, so their settings are seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
