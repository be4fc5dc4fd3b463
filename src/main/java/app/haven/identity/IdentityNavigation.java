package app.haven.identity;

import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IdentityNavigation {

    @Bean
    NavigationItem breakGlassReviewNavigation() {
        return new NavigationItem(
                "Break-glass reviews", "/break-glass-reviews", 80, Permission.REVIEW_BREAK_GLASS.authority());
    }
}
