package app.haven.screening;

import app.haven.identity.Permission;
import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ScreeningNavigation {

    @Bean
    NavigationItem screeningApprovalsNavigation() {
        return new NavigationItem("Screening approvals", "/screening-approvals", 70, Permission.APPROVE.authority());
    }

    @Bean
    NavigationItem screeningSettingsNavigation() {
        return new NavigationItem(
                "Screening settings",
                ScreeningSettingsController.PATH,
                92,
                Permission.ADMINISTER_REFERENCE_DATA.authority());
    }
}
