package app.haven.meetings;

import app.haven.identity.AccessRefused;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.identity.Workforce;
import app.haven.intelligence.IntelligenceEntities;
import app.haven.platform.HavenPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every meeting page checks first. A group or meeting is open to users who work in its area (a pan-partnership
 * one to every user with an area); a meeting about one child, an agenda item about a child and an action about a
 * child also need the child's record scope (an action's owner, their manager and the chair may still see that the
 * action exists); an item about a person of concern or place needs the reader to see it in intelligence. A refusal is
 * announced for the audit, and nothing is shown or changed.
 */
@Component
class MeetingPages {

    private final MeetingQueries meetings;
    private final Groups groups;
    private final AgendaQueries agenda;
    private final ActionQueries actions;
    private final ChildAccess access;
    private final Workforce workforce;
    private final ApplicationEventPublisher events;
    private final IntelligenceEntities intelligence;

    MeetingPages(
            MeetingQueries meetings,
            Groups groups,
            AgendaQueries agenda,
            ActionQueries actions,
            ChildAccess access,
            Workforce workforce,
            ApplicationEventPublisher events,
            IntelligenceEntities intelligence) {
        this.meetings = meetings;
        this.groups = groups;
        this.agenda = agenda;
        this.actions = actions;
        this.access = access;
        this.workforce = workforce;
        this.events = events;
        this.intelligence = intelligence;
    }

    GroupView group(long groupId, HavenPrincipal user) {
        GroupView group = groups.find(groupId).orElseThrow(MeetingPages::notFound);
        inArea(group.areaId(), "meeting-group", groupId, user);
        return group;
    }

    MeetingView meeting(long meetingId, HavenPrincipal user) {
        MeetingView meeting = meetings.find(meetingId).orElseThrow(MeetingPages::notFound);
        inArea(meeting.areaId(), "meeting", meetingId, user);
        meeting.childId().ifPresent(child -> mayOpen(child, "meeting", meetingId, user));
        return meeting;
    }

    /** An agenda item and its meeting, checked. */
    AgendaQueries.ItemRef item(long itemId, HavenPrincipal user) {
        AgendaQueries.ItemRef item = agenda.ref(itemId).orElseThrow(MeetingPages::notFound);
        meeting(item.meetingId(), user);
        item.childId().ifPresent(child -> mayOpen(child, "agenda-item", itemId, user));
        if (item.entityId().isPresent()
                && intelligence.visibleToReader(item.entityId().get(), user).isEmpty()) {
            throw new AccessDeniedException("agenda item about an intelligence entity the reader may not see");
        }
        return item;
    }

    ActionView action(long actionId, HavenPrincipal user) {
        ActionView action = actions.find(actionId, user).orElseThrow(MeetingPages::notFound);
        MeetingView meeting = meetings.find(action.meetingId()).orElseThrow();
        inArea(meeting.areaId(), "meeting-action", actionId, user);
        boolean named = user.userId() == action.ownerUserId()
                || user.userId() == action.chairUserId()
                || workforce
                        .managerOf(action.ownerUserId())
                        .filter(m -> m == user.userId())
                        .isPresent();
        if (action.hidden() && !named) {
            throw OutsideRecordScope.childRecord(action.childId().orElseThrow(), "meeting-action", actionId);
        }
        return action;
    }

    /** Who may chair or be named in the group: colleagues in its area (in the user's areas for a pan-partnership one). */
    List<app.haven.platform.web.Option> colleagues(GroupView group, HavenPrincipal user) {
        List<Long> areas = group.areaId().map(List::of).orElseGet(() -> areaIds(user));
        return areas.stream()
                .flatMap(a -> workforce.colleaguesIn(a).stream())
                .distinct()
                .map(c -> new app.haven.platform.web.Option(String.valueOf(c.id()), c.label()))
                .toList();
    }

    /** The ids of the areas the user works in (every area for partnership scope). */
    List<Long> areaIds(HavenPrincipal user) {
        return workforce.areasOf(user).stream().map(Workforce.Area::id).toList();
    }

    static boolean may(HavenPrincipal user, String permission) {
        return user instanceof UserDetails details
                && details.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(permission));
    }

    private void mayOpen(long child, String subject, long id, HavenPrincipal user) {
        if (!access.canOpen(user, child)) {
            throw OutsideRecordScope.childRecord(child, subject, id);
        }
    }

    private void inArea(Optional<Long> area, String subject, long id, HavenPrincipal user) {
        List<Long> areas = areaIds(user);
        boolean allowed = area.map(areas::contains).orElse(!areas.isEmpty());
        if (!allowed) {
            events.publishEvent(new AccessRefused(
                    user.userId(),
                    user.agencyId(),
                    subject,
                    Optional.of(id),
                    Optional.empty(),
                    request(),
                    "outside the meeting's area"));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static String request() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path = request.getRequestURI();
            return request.getMethod() + " " + (path.length() > 200 ? path.substring(0, 200) : path);
        }
        return "";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
