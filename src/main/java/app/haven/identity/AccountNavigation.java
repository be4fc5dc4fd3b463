package app.haven.identity;

import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AccountNavigation {

    /** Last in the navigation: it is about the user, not their work. */
    @Bean
    NavigationItem yourAccountNavigation() {
        return NavigationItem.forEveryone("Your account", "/account", 1_000);
    }
}
