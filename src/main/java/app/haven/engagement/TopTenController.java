package app.haven.engagement;

import app.haven.platform.DebriefThemes;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing the public top 10 page. Editors see beside it the themes most often coded in debriefs with victims and
 * perpetrators ({@link DebriefThemes}), so what the public is told rests on what the partnership has learned; until a
 * module keeps debriefs, {@link DebriefThemes#NONE} answers that none are recorded.
 */
@Controller
class TopTenController {

    static final int POINTS = 10;

    private final TopTen topTen;
    private final ObjectProvider<DebriefThemes> themes;

    TopTenController(TopTen topTen, ObjectProvider<DebriefThemes> themes) {
        this.topTen = topTen;
        this.themes = themes;
    }

    @GetMapping("/engagement/top-ten")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String editTopTen(Model model) {
        TopTen.Page page = topTen.page();
        List<String> headings = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            headings.add(i < page.points().size() ? page.points().get(i).heading() : "");
            bodies.add(i < page.points().size() ? page.points().get(i).body() : "");
        }
        return form(headings, bodies, page.version(), FormErrors.none(), false, model);
    }

    @PostMapping("/engagement/top-ten")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String saveTopTen(
            @RequestParam(defaultValue = "-1") int version,
            HttpServletRequest request,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        List<String> headings = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        FormErrors.Builder errors = FormErrors.builder();
        List<TopTenPoint> points = new ArrayList<>();
        for (int i = 1; i <= POINTS; i++) {
            String heading = value(request, "heading" + i);
            String body = value(request, "body" + i);
            headings.add(heading);
            bodies.add(body);
            if (heading.isBlank() && body.isBlank()) {
                continue;
            }
            if (heading.isBlank() || heading.strip().length() > 120) {
                errors.field("heading" + i, "Point " + i + ": enter a heading of 120 characters or fewer");
            } else if (body.isBlank() || body.strip().length() > 1500) {
                errors.field(
                        "body" + i,
                        "Point " + i + ": enter what people need to know, in 1,500 characters or" + " fewer");
            } else {
                points.add(new TopTenPoint(points.size() + 1, heading.strip(), body.strip()));
            }
        }
        FormErrors found = errors.build();
        if (found.hasErrors()) {
            return form(headings, bodies, version, found, false, model);
        }
        if (!topTen.replace(points, version, user)) {
            // Saving again replaces the page as it is now (whoever saved last), with this editor's words.
            return form(headings, bodies, topTen.page().version(), FormErrors.none(), true, model);
        }
        redirect.addFlashAttribute("message", "The top 10 page is saved and on the public pages.");
        return "redirect:/engagement/top-ten";
    }

    private String form(
            List<String> headings, List<String> bodies, int version, FormErrors errors, boolean conflict, Model model) {
        model.addAttribute("headings", headings);
        model.addAttribute("bodies", bodies);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("current", topTen.page().points());
        model.addAttribute(
                "themes", themes.getIfAvailable(() -> DebriefThemes.NONE).mostFrequent(POINTS));
        return "engagement/topTen";
    }

    private static String value(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v;
    }
}
