package app.haven.intelligence;

import app.haven.identity.Permission;
import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IntelligenceNavigation {

    @Bean
    NavigationItem intelligenceItem() {
        return new NavigationItem("Intelligence", "/intelligence", 30, Permission.VIEW_INTELLIGENCE.authority());
    }
}
