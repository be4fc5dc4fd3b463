package app.haven.work;

import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TeamWorkNavigation {

    @Bean
    NavigationItem teamOverdueWorkItem() {
        return new NavigationItem("Team's overdue work", "/team-work", 75, "APPROVE");
    }
}
