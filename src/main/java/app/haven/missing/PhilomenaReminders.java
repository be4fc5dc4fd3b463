package app.haven.missing;

import app.haven.cases.OpenCases;
import app.haven.people.ChildRecordChanged;
import app.haven.people.People;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a looked-after child's Philomena profile current (domain reference section 5: the police are given it when the
 * child goes missing). Each save asks for a review a set number of months on (the inbox shows it from that day, so no
 * job is needed and each save moves it on); a looked-after child reported missing without a profile asks for one at
 * once; a child no longer looked after needs neither. Tasks go to the lead professional, or to whoever may edit the
 * child's record when there is no open case.
 */
@Component
class PhilomenaReminders {

    private final PhilomenaProfiles profiles;
    private final OpenCases cases;
    private final People people;
    private final MissingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhilomenaReminders(
            PhilomenaProfiles profiles,
            OpenCases cases,
            People people,
            MissingSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.profiles = profiles;
        this.cases = cases;
        this.people = people;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The London day a profile saved at a moment falls due for review, months later (end of month kept). */
    static LocalDate reviewDue(Instant savedAt, int months) {
        return LocalDate.ofInstant(savedAt, InterviewDeadline.LONDON).plusMonths(months);
    }

    @EventListener
    void saved(PhilomenaProfileSaved saved) {
        events.publishEvent(new MissingTaskDone(MissingTask.profileNeededKey(saved.childId())));
        events.publishEvent(MissingTask.reviewProfile(
                saved.childId(),
                lead(saved.childRecordIds()),
                LocalDate.ofInstant(saved.savedAt(), InterviewDeadline.LONDON),
                reviewDue(saved.savedAt(), settings.current().philomenaReviewMonths())));
    }

    @EventListener
    void reportedMissing(MissingEpisodeStarted started) {
        long child = started.childId();
        if (profiles.lookedAfter(child) && profiles.current(child).isEmpty()) {
            events.publishEvent(
                    MissingTask.profileNeeded(child, lead(people.recordIds(child)), MissingDates.today(clock)));
        }
    }

    @EventListener
    void recordChanged(ChildRecordChanged changed) {
        if (changed.change() == ChildRecordChanged.Change.DETAILS_CHANGED && !profiles.lookedAfter(changed.childId())) {
            events.publishEvent(new MissingTaskDone(MissingTask.profileNeededKey(changed.childId())));
            events.publishEvent(new MissingTaskDone(MissingTask.reviewKey(changed.childId())));
        }
    }

    private Optional<Long> lead(List<Long> records) {
        return cases.forChild(records).map(OpenCases.OpenCase::leadUserId);
    }
}
