/**
 * One multi-agency timeline per child, assembled from every module's {@code ChildTimelineEvent}s: filterable by
 * agency, type and date, with significant events flagged, and printable.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Chronology",
        allowedDependencies = {"platform", "platform::web", "identity", "audit", "people"})
package app.haven.chronology;
