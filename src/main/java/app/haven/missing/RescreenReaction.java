package app.haven.missing;

import app.haven.people.People;
import app.haven.screening.ScreeningCompleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A completed screening answers the repeat-missing prompt: the "screen again" task is done, in the same transaction. */
@Component
class RescreenReaction {

    private final People people;
    private final ApplicationEventPublisher events;

    RescreenReaction(People people, ApplicationEventPublisher events) {
        this.people = people;
        this.events = events;
    }

    @EventListener
    void screened(ScreeningCompleted screening) {
        events.publishEvent(new MissingTaskDone(MissingTask.repeatKey(people.resolve(screening.childId()))));
    }
}
