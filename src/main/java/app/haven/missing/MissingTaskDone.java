package app.haven.missing;

import app.haven.platform.InboxTaskDone;

/** The work behind a missing task was done (the return recorded, the interview recorded, the child screened). */
record MissingTaskDone(String sourceKey) implements InboxTaskDone {}
