package app.haven.people;

import app.haven.audit.AuditLog;
import app.haven.people.matching.SearchQuery;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The people module's face for modules that link a record to a person (a missing episode's people involved, later
 * intelligence): the search box's own ranking, scope and rate limit, returning only the records the user may open
 * (audited as a search list, as the search page is), and recording a new adult after a search found no one right.
 */
@Service
public class LinkablePeople {

    /** A record the user may open, as a search found it. */
    public record Found(long id, String name, String kind, String dateOfBirth, String area, String href) {}

    private final SearchResults results;
    private final SearchRateLimit limit;
    private final PersonAccess access;
    private final PersonRecords records;
    private final AuditLog audit;
    private final Clock clock;

    LinkablePeople(
            SearchResults results,
            SearchRateLimit limit,
            PersonAccess access,
            PersonRecords records,
            AuditLog audit,
            Clock clock) {
        this.results = results;
        this.limit = limit;
        this.access = access;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is wrong with a search as typed, in the search page's words; empty when it can be run. */
    public Optional<String> searchProblem(String text, long userId) {
        String typed = text.strip();
        if (typed.isEmpty()) {
            return Optional.of("Enter a name, date of birth or identifier");
        }
        if (typed.length() > PersonSearchController.MAX_LENGTH) {
            return Optional.of("Search must be " + PersonSearchController.MAX_LENGTH + " characters or fewer");
        }
        Optional<String> badDate =
                SearchQuery.parse(typed, LocalDate.now(clock)).dateProblem();
        if (badDate.isPresent()) {
            return badDate;
        }
        return limit.allow(userId) ? Optional.empty() : Optional.of(PersonSearchController.TOO_MANY);
    }

    /**
     * The records the user may open that match, strongest first; call only when {@link #searchProblem} is empty. Not
     * in a read-only transaction: the list shown is audited.
     */
    public List<Found> search(HavenPrincipal user, String text) {
        List<Found> found = results.search(user, text.strip()).stream()
                .filter(SearchResultView::visible)
                .map(LinkablePeople::found)
                .toList();
        audit.listShown("person-search", "people", found.stream().map(Found::id).toList());
        return found;
    }

    /** Checks an adult's names as the new-record page does, adding errors on {@code givenNames} and {@code familyName}. */
    public void checkNames(FormErrors.Builder errors, String givenNames, String familyName) {
        PersonForm.name(errors, "givenNames", givenNames.strip(), "Enter their given names", "Given names");
        PersonForm.name(errors, "familyName", familyName.strip(), "Enter their family name", "Family name");
    }

    /** Whether the user may open the record (a link to it is shown by name only to those who may). */
    public boolean canOpen(HavenPrincipal user, long personId) {
        return access.canOpen(user, personId);
    }

    /**
     * Records an adult known only by name (sex and date of birth not known), in an area, after a search showed no
     * one right; the records the search showed are kept with the reason, as the new-record page keeps them.
     */
    public long recordAdult(
            String givenNames, String familyName, long areaId, List<Long> shown, String reason, HavenPrincipal user) {
        return records.create(
                new NewPerson(
                        PersonKind.ADULT,
                        givenNames.strip(),
                        familyName.strip(),
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        Sex.NOT_KNOWN,
                        Optional.of(areaId),
                        Map.of(),
                        shown.isEmpty() ? Optional.empty() : Optional.of(reason),
                        shown,
                        "NOT_KNOWN",
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                user);
    }

    private static Found found(SearchResultView view) {
        SearchResultView.Details details = view.details().orElseThrow();
        return new Found(
                view.id(), details.name(), details.kind().label(), details.dateOfBirth(), details.area(), view.href());
    }
}
