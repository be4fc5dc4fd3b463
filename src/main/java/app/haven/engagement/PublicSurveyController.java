package app.haven.engagement;

import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A child, young person, parent or carer answers a feedback survey with the single-use code they were given, without
 * an account. A code that was never issued, or was used, is refused in words; a client that keeps sending refused
 * codes is refused for a while (429), so codes cannot be guessed, while a class answering from one school network is
 * never held up by its own valid codes.
 */
@Controller
class PublicSurveyController {

    static final List<Option> SCALE = List.of(
            new Option("5", "Strongly agree"),
            new Option("4", "Agree"),
            new Option("3", "Neither agree nor disagree"),
            new Option("2", "Disagree"),
            new Option("1", "Strongly disagree"));

    private static final String REFUSED =
            "This code is not right, or it has already been used. Check it, or ask the person who gave it to you for"
                    + " a new one";

    private final Surveys surveys;
    private final ClientAllowance refusedCodes;

    PublicSurveyController(
            Surveys surveys, Clock clock, @Value("${haven.engagement.refused-codes-per-hour:20}") int perHour) {
        this.surveys = surveys;
        this.refusedCodes = new ClientAllowance(perHour, Duration.ofHours(1), clock);
    }

    @GetMapping("/public/survey")
    @PermitAll
    String enterCode(@RequestParam(defaultValue = "") String code, Model model) {
        return codeForm(SurveyCodes.normalised(code).isEmpty() ? "" : code, FormErrors.none(), model);
    }

    @PostMapping("/public/survey")
    @PermitAll
    String openSurvey(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<Surveys.Invitation> invitation = surveys.open(code);
        if (invitation.isEmpty()) {
            return refused(code, request, response, model);
        }
        return questions(code, invitation.get().audience(), Map.of(), model);
    }

    @PostMapping("/public/survey/answers")
    @PermitAll
    String answerSurvey(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Map<String, Integer> answers = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("q_") && values.length == 1 && values[0].matches("[1-5]")) {
                answers.put(name.substring(2), Integer.parseInt(values[0]));
            }
        });
        if (!surveys.answer(code, answers)) {
            return refused(code, request, response, model);
        }
        return "redirect:/public/survey/thanks";
    }

    @GetMapping("/public/survey/thanks")
    @PermitAll
    String surveyThanks() {
        return "engagement/surveyThanks";
    }

    private String refused(String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!refusedCodes.take(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader(
                    "Retry-After",
                    String.valueOf(Math.max(
                            1, refusedCodes.waitFor(request.getRemoteAddr()).toSeconds())));
            return "engagement/tooMany";
        }
        return codeForm(code, FormErrors.builder().field("code", REFUSED).build(), model);
    }

    private String codeForm(String code, FormErrors errors, Model model) {
        model.addAttribute("code", code.length() > 20 ? code.substring(0, 20) : code);
        model.addAttribute("errors", errors);
        return "engagement/surveyCode";
    }

    private String questions(String code, String audience, Map<String, String> answers, Model model) {
        model.addAttribute("code", SurveyCodes.normalised(code));
        model.addAttribute("questions", surveys.questions(audience));
        model.addAttribute("forChildren", "CHILDREN_YOUNG_PEOPLE".equals(audience));
        model.addAttribute("scale", SCALE);
        return "engagement/survey";
    }
}
