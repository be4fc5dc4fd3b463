/** Each user's work: the home page ("Your work") with their inbox of tasks raised by every module's events. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Work",
        allowedDependencies = {"platform", "platform::web", "identity"})
package app.haven.work;
