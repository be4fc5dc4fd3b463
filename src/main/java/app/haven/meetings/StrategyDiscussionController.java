package app.haven.meetings;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A strategy discussion: why it was asked for and by when, and recording it. Police and children's social care must
 * both have taken part (Working Together 2023); the decision says whether a section 47 enquiry will be made.
 */
@Controller
class StrategyDiscussionController {

    static final String VIEW = "meetings/strategy";

    private final StrategyQueries queries;
    private final StrategyDiscussions discussions;
    private final StrategyForm forms;
    private final ChildAccess access;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    StrategyDiscussionController(
            StrategyQueries queries,
            StrategyDiscussions discussions,
            StrategyForm forms,
            ChildAccess access,
            People people,
            AuditLog audit,
            Clock clock) {
        this.queries = queries;
        this.discussions = discussions;
        this.forms = forms;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/strategy-discussions/{discussionId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showDiscussion(@PathVariable long discussionId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        StrategyDiscussionView discussion = checked(discussionId, user);
        StrategyInput typed = new StrategyInput(DateParts.of(LocalDate.now(clock)), Map.of(), "", "");
        return page(discussion, typed, FormErrors.none(), user, model);
    }

    @PostMapping("/strategy-discussions/{discussionId}")
    @PreAuthorize("hasAuthority('APPROVE') or hasAuthority('MANAGE_MEETINGS')")
    String recordDiscussion(
            @PathVariable long discussionId,
            @RequestParam Map<String, String> posted,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        StrategyDiscussionView discussion = checked(discussionId, user);
        StrategyInput typed = StrategyInput.from(posted);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<StrategyDiscussions.Held> held = forms.check(typed, errors);
        if (discussion.held()) {
            errors.form("This strategy discussion has already been recorded.");
        }
        if (errors.build().hasErrors()) {
            return page(discussion, typed, errors.build(), user, model);
        }
        if (!discussions.record(discussion, held.get(), Forms.version(posted.get("version")), user)) {
            StrategyDiscussionView theirs = queries.find(discussionId).orElseThrow();
            FormErrors conflict = FormErrors.builder()
                    .form("Someone recorded or changed this discussion while you were writing. Nothing of yours was"
                            + " saved: check it below.")
                    .build();
            return page(theirs, typed, conflict, user, model);
        }
        redirect.addFlashAttribute("message", "Strategy discussion recorded");
        return "redirect:/strategy-discussions/" + discussionId;
    }

    private StrategyDiscussionView checked(long id, HavenPrincipal user) {
        StrategyDiscussionView discussion =
                queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, discussion.childId())) {
            throw OutsideRecordScope.childRecord(discussion.childId(), "strategy-discussion", id);
        }
        return discussion;
    }

    private String page(
            StrategyDiscussionView discussion,
            StrategyInput typed,
            FormErrors errors,
            HavenPrincipal user,
            Model model) {
        audit.childRecordViewed(discussion.childId(), "strategy-discussion", discussion.id());
        model.addAttribute("discussion", discussion);
        model.addAttribute("child", people.find(discussion.childId()).orElseThrow());
        model.addAttribute("typed", typed);
        model.addAttribute("agencies", forms.agencies());
        model.addAttribute("errors", errors);
        model.addAttribute(
                "canRecord",
                !discussion.held() && (MeetingPages.may(user, "APPROVE") || MeetingPages.may(user, "MANAGE_MEETINGS")));
        return VIEW;
    }
}
