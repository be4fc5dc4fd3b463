package app.haven.insight;

import app.haven.identity.Permission;
import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class InsightNavigation {

    @Bean
    NavigationItem insightItem() {
        return new NavigationItem("Measures", "/insight", 65, Permission.VIEW_AGGREGATES.authority());
    }
}
