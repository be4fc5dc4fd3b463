package app.haven.platform;

/** The work behind a task was done elsewhere (an approval given, a screening repeated): the inbox closes it. */
public interface InboxTaskDone {

    String sourceKey();
}
