/** Who is signed in, for which agency and areas, with which roles. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform", "platform::web"})
package app.haven.identity;
