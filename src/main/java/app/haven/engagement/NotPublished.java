package app.haven.engagement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A resource that is not published (a draft, withdrawn, or no such id): the public get "page not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotPublished extends RuntimeException {
    NotPublished() {
        super("not published", null, false, false);
    }
}
