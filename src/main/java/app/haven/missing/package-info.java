/**
 * Missing from home and care: episodes (missing, absent, away from placement) with the police risk grading and the
 * places and people involved, return home interviews due 72 hours after the return, Philomena profiles for looked-after
 * children, the area's missing coordinator's view and the SSDA903 missing return. Raises inbox tasks, tells the
 * chronology, and offers the register its missing counts through {@link app.haven.platform.MissingCounts}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Missing",
        allowedDependencies = {"platform", "platform::web", "identity", "audit", "people", "cases", "screening"})
package app.haven.missing;
