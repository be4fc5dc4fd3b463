package app.haven.disruption;

import app.haven.identity.Permission;
import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DisruptionNavigation {

    @Bean
    NavigationItem disruptionItem() {
        return new NavigationItem("Disruption", "/disruption", 31, Permission.VIEW_INTELLIGENCE.authority());
    }
}
