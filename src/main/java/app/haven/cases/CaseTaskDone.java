package app.haven.cases;

import app.haven.platform.InboxTaskDone;

/** The work behind a register task was done (meeting held, review recorded, closure decided, case closed). */
record CaseTaskDone(String sourceKey) implements InboxTaskDone {}
