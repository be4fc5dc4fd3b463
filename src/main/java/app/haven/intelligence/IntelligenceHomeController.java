package app.haven.intelligence;

import app.haven.identity.SqlCondition;
import app.haven.intelligence.network.NodeKind;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Intelligence's front page: standing alerts, finding entities, and the ways to record, decide and look. */
@Controller
class IntelligenceHomeController {

    private final EntityQueries entities;
    private final IntelligenceScope scope;
    private final IntelligencePages pages;
    private final JdbcClient jdbc;

    IntelligenceHomeController(
            EntityQueries entities, IntelligenceScope scope, IntelligencePages pages, JdbcClient jdbc) {
        this.entities = entities;
        this.scope = scope;
        this.pages = pages;
        this.jdbc = jdbc;
    }

    @GetMapping("/intelligence")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showIntelligence(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        Optional<NodeKind> chosen =
                IntelChoices.isOneOf(IntelChoices.KINDS, kind) ? Optional.of(NodeKind.valueOf(kind)) : Optional.empty();
        String text = q.length() > 100 ? q.substring(0, 100) : q;
        List<EntityView> found = entities.list(chosen, text, user);
        pages.listShown(
                "intel-entities",
                found.stream()
                        .filter(EntityView::child)
                        .flatMap(e -> e.personId().stream())
                        .toList());
        model.addAttribute("entities", found);
        model.addAttribute("alerts", alerts(user));
        model.addAttribute("kind", kind);
        model.addAttribute("q", text);
        model.addAttribute("kinds", IntelChoices.KINDS);
        model.addAttribute("canRecord", IntelligenceScope.may(user, "RECORD_INTELLIGENCE"));
        return "intelligence/home";
    }

    /** Standing alerts about persons the user may see, newest first. */
    private List<AlertView> alerts(HavenPrincipal user) {
        SqlCondition visible = scope.entities(user, "e");
        return jdbc.sql("SELECT DISTINCT ON (a.entity_id) a.entity_id, " + EntityQueries.LABEL + " AS label,"
                        + " a.children, cardinality(a.area_ids) AS areas, a.raised_at FROM intel_alert a"
                        + " JOIN intel_entity e ON e.id = a.entity_id WHERE a.cleared_at IS NULL AND " + visible.sql()
                        + " ORDER BY a.entity_id, a.raised_at DESC")
                .params(visible.parameters())
                .query((rs, row) -> new AlertView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
