package app.haven.work;

import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkNavigation {

    @Bean
    NavigationItem yourWorkNavigation() {
        return NavigationItem.forEveryone("Your work", "/", 0);
    }
}
