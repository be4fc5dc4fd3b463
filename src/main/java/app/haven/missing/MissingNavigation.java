package app.haven.missing;

import app.haven.identity.Permission;
import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MissingNavigation {

    @Bean
    NavigationItem missingItem() {
        return new NavigationItem("Missing", "/missing", 25, Permission.COORDINATE_MISSING.authority());
    }
}
