package app.haven.screening;

import app.haven.people.People;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import app.haven.screening.banding.ToolDefinition;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The model of a screening's result page, shared by showing it and by an override form with errors. */
@Component
class ResultPage {

    static final String VIEW = "screening/result";

    private final ScreeningTools tools;
    private final BandOverrides overrides;
    private final People people;

    ResultPage(ScreeningTools tools, BandOverrides overrides, People people) {
        this.tools = tools;
        this.overrides = overrides;
        this.people = people;
    }

    String show(ScreeningRecord screening, FormErrors errors, String band, String reason, Model model) {
        ToolDefinition tool =
                tools.get(screening.toolId(), screening.toolVersion()).orElseThrow();
        model.addAttribute("screening", screening);
        model.addAttribute("tool", tool);
        model.addAttribute("child", people.find(screening.childId()).orElseThrow());
        model.addAttribute("overrides", overrides.forScreening(screening.id()));
        model.addAttribute(
                "standing",
                overrides.standing(screening.id()).map(OverrideView::band).orElse(null));
        model.addAttribute(
                "bands",
                tool.bands().stream().map(b -> new Option(b.code(), b.label())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute(
                "nextDue",
                NextScreening.due(tool, screening, overrides.standing(screening.id()))
                        .orElse(null));
        model.addAttribute("band", band);
        model.addAttribute("reason", reason);
        return VIEW;
    }
}
