package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.intelligence.EntityView;
import app.haven.intelligence.IntelligenceEntities;
import app.haven.people.People;
import app.haven.people.PersonKind;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding an item to an agenda by hand: a child whose record the coordinator may open, a person of concern or a place
 * chosen from the intelligence network (only those the coordinator may see there, through intelligence's public
 * face), or a theme in words. Each addition is audited once.
 */
@Component
class AgendaAdditions {

    static final List<Option> TOPICS = List.of(
            new Option("CHILD", "A child (give the record number)"),
            new Option("PERSON", "A person of concern (choose from intelligence)"),
            new Option("PLACE", "A place (choose from intelligence)"),
            new Option("THEME", "A theme (describe it)"));

    private final Agenda agenda;
    private final ChildAccess access;
    private final People people;
    private final IntelligenceEntities intelligence;
    private final AuditLog audit;

    AgendaAdditions(
            Agenda agenda, ChildAccess access, People people, IntelligenceEntities intelligence, AuditLog audit) {
        this.agenda = agenda;
        this.access = access;
        this.people = people;
        this.intelligence = intelligence;
        this.audit = audit;
    }

    /** Adds the item, or puts what is wrong in {@code errors} and adds nothing. */
    @Transactional
    void add(MeetingView meeting, AgendaAddition typed, HavenPrincipal user, FormErrors.Builder errors) {
        switch (typed.kind()) {
            case "CHILD" -> child(meeting, typed.title(), user, errors);
            case "PERSON", "PLACE" -> entity(meeting, typed.kind(), typed.entity(), user, errors);
            case "THEME" -> theme(meeting, typed.title(), user, errors);
            default -> errors.field("kind", "Select what the item is about");
        }
    }

    /** The persons of concern and places the user may see in intelligence, to choose from. */
    List<Option> entityChoices(HavenPrincipal user) {
        List<Option> choices = new ArrayList<>(List.of(new Option("", "Choose a person of concern or place")));
        if (MeetingPages.may(user, "VIEW_INTELLIGENCE")) {
            intelligence.personsOfConcern(user).forEach(e -> choices.add(option(e)));
            intelligence.locations(user).forEach(e -> choices.add(option(e)));
        }
        return choices;
    }

    private static Option option(EntityView entity) {
        return new Option(
                String.valueOf(entity.id()),
                entity.label() + " (" + entity.reference() + ", "
                        + entity.kindLabel().toLowerCase(java.util.Locale.UK) + ")");
    }

    private void child(MeetingView meeting, String typed, HavenPrincipal user, FormErrors.Builder errors) {
        Optional<Long> child = Forms.id(typed)
                .filter(c ->
                        people.find(c).filter(p -> p.kind() == PersonKind.CHILD).isPresent())
                .filter(c -> access.canOpen(user, c));
        if (child.isEmpty()) {
            errors.field("title", "Enter the record number of a child whose record you may open");
            return;
        }
        agenda.addChild(meeting.id(), people.resolve(child.get()));
        audit.record(AuditAction.UPDATE, "meeting", meeting.id(), child, Optional.of("child added to agenda"));
    }

    private void entity(
            MeetingView meeting, String kind, String typed, HavenPrincipal user, FormErrors.Builder errors) {
        String number = typed.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^I-", "");
        Optional<EntityView> entity = Forms.id(number)
                .flatMap(id -> intelligence.visibleToReader(id, user))
                .filter(e -> kind.equals("PERSON") ? e.personOfConcern() : e.location());
        if (entity.isEmpty()) {
            errors.field(
                    "entity",
                    kind.equals("PERSON")
                            ? "Choose a person of concern you may see in intelligence"
                            : "Choose a place you may see in intelligence");
            return;
        }
        long item = agenda.addEntity(
                meeting.id(), kind, entity.get().id(), entity.get().reference(), user.userId());
        audit.record(AuditAction.CREATE, "agenda-item", item, Optional.empty(), Optional.of("intelligence item added"));
    }

    private void theme(MeetingView meeting, String typed, HavenPrincipal user, FormErrors.Builder errors) {
        Forms.text(errors, "title", typed, "the theme", 200, true);
        if (errors.build().hasErrors()) {
            return;
        }
        long item = agenda.addTopic(meeting.id(), "THEME", typed.strip(), user.userId());
        audit.record(AuditAction.CREATE, "agenda-item", item, Optional.empty(), Optional.of("item added"));
    }
}
