package app.haven.meetings;

import app.haven.identity.Permission;
import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MeetingsNavigation {

    @Bean
    NavigationItem meetingsItem() {
        return new NavigationItem("Meetings", "/meetings", 30, Permission.VIEW_CHILD.authority());
    }
}
