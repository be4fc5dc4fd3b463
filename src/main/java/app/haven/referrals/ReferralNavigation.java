package app.haven.referrals;

import app.haven.identity.Permission;
import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReferralNavigation {

    @Bean
    NavigationItem referralsItem() {
        return new NavigationItem("Referrals", "/referrals", 30, Permission.RECEIVE_REFERRALS.authority());
    }

    @Bean
    NavigationItem caseloadItem() {
        return new NavigationItem("Caseload", "/referrals/caseload", 31, Permission.DIRECT_WORK.authority());
    }

    @Bean
    NavigationItem sharingLogItem() {
        return new NavigationItem("Sharing log", "/sharing-decisions", 32, Permission.SEARCH_SHARING_LOG.authority());
    }
}
