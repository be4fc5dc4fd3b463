package app.haven.meetings;

import app.haven.audit.AuditLog;
import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of an agenda item's page, shared by showing it and by every form on it coming back with errors or a
 * conflict. Rendering audits the view once (with the child, for a child's item).
 */
@Component
class ItemPage {

    static final String VIEW = "meetings/item";

    private final AgendaQueries agenda;
    private final MeetingQueries meetings;
    private final ActionQueries actions;
    private final Workforce workforce;
    private final AuditLog audit;

    ItemPage(
            AgendaQueries agenda, MeetingQueries meetings, ActionQueries actions, Workforce workforce, AuditLog audit) {
        this.agenda = agenda;
        this.meetings = meetings;
        this.actions = actions;
        this.workforce = workforce;
        this.audit = audit;
    }

    Builder show(AgendaQueries.ItemRef ref, HavenPrincipal user, Model model) {
        AgendaItemView item = agenda.item(ref.id(), user).orElseThrow();
        MeetingView meeting = meetings.find(ref.meetingId()).orElseThrow();
        return new Builder(ref, item, meeting, user, model);
    }

    /** People of every agency working with children in the meeting's area (or the user's areas). */
    List<Option> owners(MeetingView meeting, HavenPrincipal user) {
        List<Long> areas = meeting.areaId()
                .map(List::of)
                .orElseGet(() ->
                        workforce.areasOf(user).stream().map(Workforce.Area::id).toList());
        return areas.stream()
                .flatMap(a -> workforce.colleaguesIn(a).stream())
                .distinct()
                .map(c -> new Option(String.valueOf(c.id()), c.label()))
                .toList();
    }

    final class Builder {

        private final AgendaQueries.ItemRef ref;
        private final AgendaItemView item;
        private final MeetingView meeting;
        private final HavenPrincipal user;
        private final Model model;
        private NotesForm notes;
        private String decision = "";
        private ActionForm action = ActionForm.blank();
        private FormErrors errors = FormErrors.none();
        private Optional<AgendaItemView> theirs = Optional.empty();

        private Builder(
                AgendaQueries.ItemRef ref, AgendaItemView item, MeetingView meeting, HavenPrincipal user, Model model) {
            this.ref = ref;
            this.item = item;
            this.meeting = meeting;
            this.user = user;
            this.model = model;
            this.notes = new NotesForm(item.notes(), item.bandAgreed().orElse(""), item.version());
        }

        Builder notes(NotesForm typed) {
            this.notes = typed;
            return this;
        }

        Builder decision(String typed) {
            this.decision = typed;
            return this;
        }

        Builder action(ActionForm typed) {
            this.action = typed;
            return this;
        }

        Builder errors(FormErrors found) {
            this.errors = found;
            return this;
        }

        /** Someone saved the notes first: theirs are shown as saved, and what this user typed stays in the form. */
        Builder conflict(NotesForm typed) {
            this.theirs = Optional.of(item);
            this.notes = new NotesForm(typed.notes(), typed.band(), item.version());
            this.errors = FormErrors.builder()
                    .form(item.notesBy().orElse("Someone") + " saved these notes while you were writing yours."
                            + " Nothing of yours was saved yet: compare the two versions below, change yours if you"
                            + " need to, and save again.")
                    .build();
            return this;
        }

        String render() {
            if (ref.childId().isPresent()) {
                audit.childRecordViewed(ref.childId().get(), "agenda-item", ref.id());
            }
            model.addAttribute("item", item);
            model.addAttribute("meeting", meeting);
            model.addAttribute("notesForm", notes);
            model.addAttribute("decision", decision);
            model.addAttribute("actionForm", action);
            model.addAttribute("errors", errors);
            model.addAttribute("theirs", theirs);
            model.addAttribute(
                    "actions",
                    actions.ofMeeting(meeting.id(), user).stream()
                            .filter(a -> a.agendaItemId().orElse(-1L) == item.id())
                            .toList());
            List<Option> owners = new java.util.ArrayList<>(List.of(new Option("", "Select who will do it")));
            owners.addAll(owners(meeting, user));
            model.addAttribute("owners", owners);
            model.addAttribute(
                    "bands",
                    AgendaNotes.BANDS.stream().map(b -> new Option(b, b)).toList());
            model.addAttribute("canManage", MeetingPages.may(user, "MANAGE_MEETINGS"));
            return VIEW;
        }
    }
}
