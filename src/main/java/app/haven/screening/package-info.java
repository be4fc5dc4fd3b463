/**
 * The CSE screening tool: versioned tool definitions (data), completed screenings, banding with explanations,
 * overrides and trajectory. The banding engine ({@code banding}) is plain Java with no Spring.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Screening",
        allowedDependencies = {"platform", "platform::web", "identity", "audit", "people"})
package app.haven.screening;
