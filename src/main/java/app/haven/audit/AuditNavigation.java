package app.haven.audit;

import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditNavigation {

    @Bean
    NavigationItem auditNavigationItem() {
        return new NavigationItem("Audit", AuditSearchController.PATH, 90, "VIEW_AUDIT");
    }
}
