package app.haven.meetings;

import app.haven.platform.InboxTaskDone;

/** The work behind a meeting task was done (an action completed or cancelled, a strategy discussion recorded). */
record MeetingTaskDone(String sourceKey) implements InboxTaskDone {}
