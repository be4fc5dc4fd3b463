package app.haven.meetings;

import app.haven.platform.web.DateParts;

/** A new action as typed on an agenda item: what, who (a person, and so their agency) and by when. */
public record ActionForm(String description, String owner, DateParts due) {

    static ActionForm blank() {
        return new ActionForm("", "", DateParts.empty());
    }
}
