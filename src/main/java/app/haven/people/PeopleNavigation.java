package app.haven.people;

import app.haven.identity.Permission;
import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PeopleNavigation {

    @Bean
    NavigationItem findPersonNavigation() {
        return new NavigationItem("Find a child or person", "/people/search", 10, Permission.VIEW_CHILD.authority());
    }
}
