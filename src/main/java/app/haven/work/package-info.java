/** Each user's work: the home page ("Your work"), later their inbox of tasks and alerts. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Work",
        allowedDependencies = {"platform", "platform::web"})
package app.haven.work;
