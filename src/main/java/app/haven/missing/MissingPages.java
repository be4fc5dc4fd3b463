package app.haven.missing;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every missing page does first: finds the child or episode (404 when there is none), checks the user may open
 * the child's record (403 otherwise), audits the view once, and puts the child (and episode) on the model.
 */
@Component
class MissingPages {

    private final EpisodeQueries episodes;
    private final ChildAccess access;
    private final People people;
    private final AuditLog audit;

    MissingPages(EpisodeQueries episodes, ChildAccess access, People people, AuditLog audit) {
        this.episodes = episodes;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    /** The child, checked (not audited: the caller audits once what its page shows). */
    PersonSummary child(long childId, HavenPrincipal user) {
        if (!access.canOpen(user, childId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return people.find(childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The child, checked and audited as viewed on a missing page, with {@code child} on the model. */
    PersonSummary viewChild(long childId, String subject, HavenPrincipal user, Model model) {
        PersonSummary child = child(childId, user);
        audit.childRecordViewed(child.id(), subject, child.id());
        model.addAttribute("child", child);
        return child;
    }

    /** The episode, checked and audited as viewed, with {@code episode} and {@code child} on the model. */
    EpisodeView episode(long episodeId, String subject, HavenPrincipal user, Model model) {
        EpisodeView found = checkedEpisode(episodeId, user);
        show(found, subject, model);
        return found;
    }

    /** The episode, checked but not audited: for a change, which is audited as a change unless its form comes back. */
    EpisodeView checkedEpisode(long episodeId, HavenPrincipal user) {
        EpisodeView found =
                episodes.find(episodeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        child(found.childId(), user);
        return found;
    }

    /** Audits a checked episode as viewed and puts it and the child on the model, for a page that shows them. */
    void show(EpisodeView episode, String subject, Model model) {
        audit.childRecordViewed(episode.childId(), subject, episode.id());
        model.addAttribute("episode", episode);
        model.addAttribute("child", people.find(episode.childId()).orElseThrow());
    }
}
