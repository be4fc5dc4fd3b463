package app.haven.engagement;

import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngagementNavigation {

    @Bean
    NavigationItem resourcesItem() {
        return new NavigationItem("Public resources", "/engagement", 60, "EDIT_RESOURCES");
    }

    @Bean
    NavigationItem concernsItem() {
        return new NavigationItem("Concerns from the public", "/engagement/concerns", 61, "TRIAGE_CONCERNS");
    }

    @Bean
    NavigationItem surveysItem() {
        return new NavigationItem("Surveys and training", "/engagement/surveys", 62, "RECORD_ENGAGEMENT");
    }

    /**
     * The directory in the header for those who keep it; practitioners reach it where they plan support (a new
     * referral links to it), so their header stays short enough for a keyboard user (issue 12: under 60 Tab presses
     * from the top of a screening to Submit).
     */
    @Bean
    NavigationItem servicesItem() {
        return new NavigationItem("Services", "/services", 63, "RECORD_ENGAGEMENT");
    }
}
