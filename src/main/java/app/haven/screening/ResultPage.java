package app.haven.screening;

import app.haven.people.People;
import app.haven.platform.StrategyDiscussionLinks;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import app.haven.screening.banding.Band;
import app.haven.screening.banding.Indicator;
import app.haven.screening.banding.ToolDefinition;
import app.haven.screening.banding.Words;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a screening's result page, shared by showing it and by an override form with errors. One band stands
 * and is the tag; after an override the tool's band is said beside it in words, and the reasons start with the
 * judgement that decided it, the tool's own reasons following under their own heading.
 */
@Component
class ResultPage {

    static final String VIEW = "screening/result";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final ScreeningTools tools;
    private final BandOverrides overrides;
    private final People people;
    private final ObjectProvider<StrategyDiscussionLinks> discussions;

    ResultPage(
            ScreeningTools tools,
            BandOverrides overrides,
            People people,
            ObjectProvider<StrategyDiscussionLinks> discussions) {
        this.tools = tools;
        this.overrides = overrides;
        this.people = people;
        this.discussions = discussions;
    }

    String show(ScreeningRecord screening, FormErrors errors, String band, String reason, Model model) {
        ToolDefinition tool =
                tools.get(screening.toolId(), screening.toolVersion()).orElseThrow();
        Optional<OverrideView> standing = overrides.standing(screening.id());
        Band standingBand = overrides.standingBand(screening, tool);
        model.addAttribute("screening", screening);
        model.addAttribute("tool", tool);
        model.addAttribute("child", people.find(screening.childId()).orElseThrow());
        model.addAttribute("overrides", overrides.forScreening(screening.id()));
        model.addAttribute("standingBand", standingBand);
        model.addAttribute(
                "judgement",
                standing.map(o -> o.band() + " by professional judgement: " + o.reason() + " (" + o.requestedBy() + ", "
                                + o.requestedAt() + ")")
                        .orElse(null));
        model.addAttribute(
                "pointsText",
                tool.rules().method() == ToolDefinition.Method.POINTS
                        ? Words.count(screening.points(), "point")
                        : null);
        model.addAttribute("notKnown", notKnown(tool, screening));
        model.addAttribute(
                "bands",
                tool.bands().stream().map(b -> new Option(b.code(), b.label())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute(
                "nextDue",
                screening
                        .rescreenOn()
                        .map(DATE::format)
                        .or(() -> NextScreening.due(tool, screening, standing))
                        .orElse(null));
        // The module that keeps strategy discussions says where this screening's is, if it has one.
        model.addAttribute(
                "strategyLink",
                discussions.stream()
                        .map(links -> links.forScreening(screening.id()))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("band", band);
        model.addAttribute("reason", reason);
        return VIEW;
    }

    private static List<String> notKnown(ToolDefinition tool, ScreeningRecord screening) {
        return tool.indicators().stream()
                .filter(i -> screening.form().answer(i.id()).answer().equals("NOT_KNOWN"))
                .map(Indicator::wording)
                .toList();
    }
}
