package app.haven.identity.admin;

import app.haven.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration landing page, listing the tasks the user may do, and the navigation entries for them. */
@Controller
class AdminController {

    static final String INDEX_VIEW = "identity/admin/index";

    @GetMapping("/admin")
    @PreAuthorize("hasAnyAuthority('ADMINISTER_USERS', 'ADMINISTER_REFERENCE_DATA')")
    String showAdministration(Authentication user, Model model) {
        model.addAttribute("users", has(user, "ADMINISTER_USERS"));
        model.addAttribute("referenceData", has(user, "ADMINISTER_REFERENCE_DATA"));
        return INDEX_VIEW;
    }

    private static boolean has(Authentication user, String authority) {
        return user.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals(authority));
    }

    @Configuration
    static class AdminNavigation {

        @Bean
        NavigationItem usersNavigation() {
            return new NavigationItem("Users", "/admin/users", 80, "ADMINISTER_USERS");
        }

        /** Points at the landing page, so every /admin/… reference data page marks it as the current section. */
        @Bean
        NavigationItem referenceDataNavigation() {
            return new NavigationItem("Reference data", "/admin", 90, "ADMINISTER_REFERENCE_DATA");
        }
    }
}
