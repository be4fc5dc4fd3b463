package app.haven.cases;

import app.haven.identity.Permission;
import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CasesNavigation {

    @Bean
    NavigationItem registerItem() {
        return new NavigationItem("Register", "/register", 20, Permission.VIEW_CHILD.authority());
    }

    @Bean
    NavigationItem caseApprovalsItem() {
        return new NavigationItem("Case closures", "/case-approvals", 71, Permission.APPROVE.authority());
    }

    @Bean
    NavigationItem caseSettingsItem() {
        return new NavigationItem(
                "Register settings", "/admin/register-settings", 91, Permission.ADMINISTER_REFERENCE_DATA.authority());
    }
}
