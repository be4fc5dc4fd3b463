package app.haven.audit;

import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' audit search. A GET with the filters in the query string, so a search can be
 * bookmarked and paged; the filters are ids and dates, never names, so nothing personal reaches a URL.
 */
@Controller
class AuditSearchController {

    static final String SEARCH_VIEW = "audit/search";
    static final String PATH = "/admin/audit";
    static final int PAGE_SIZE = 50;

    private final AuditEvents events;

    AuditSearchController(AuditEvents events) {
        this.events = events;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('VIEW_AUDIT')")
    String search(
            @ModelAttribute("form") AuditSearchForm form, @RequestParam(defaultValue = "1") String page, Model model) {
        FormErrors errors = form.validate();
        model.addAttribute("errors", errors);
        model.addAttribute("actions", actionOptions());
        if (errors.hasErrors()) {
            model.addAttribute("results", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("page", 1);
            model.addAttribute("totalPages", 0);
            model.addAttribute("basePath", PATH);
            return SEARCH_VIEW;
        }
        AuditSearch search = form.toSearch();
        long total = events.count(search);
        int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pageNumber(page), totalPages);
        model.addAttribute("results", events.search(search, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("totalPages", totalPages);
        model.addAttribute("basePath", form.path(PATH));
        return SEARCH_VIEW;
    }

    /** A page number someone edited into nonsense shows the first page rather than an error. */
    private static int pageNumber(String page) {
        return page.matches("[1-9][0-9]{0,6}") ? Integer.parseInt(page) : 1;
    }

    private static List<Option> actionOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Any action"));
        for (AuditAction action : AuditAction.values()) {
            options.add(new Option(action.code(), action.label()));
        }
        return options;
    }
}
