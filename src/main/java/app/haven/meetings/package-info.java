/**
 * Multi-agency groups and meetings: groups per area and pan-partnership, meetings whose agenda builds itself from the
 * register (and other modules' seams), attendance per agency with a quorum warning, per-child discussion notes shown
 * only to readers who may open the child, decisions, actions held to people of other agencies with escalation,
 * strategy discussions after a child protection trigger, and minutes (page and PDF). Raises inbox tasks, tells the
 * chronology, names persons of concern and places through {@link app.haven.intelligence.IntelligenceEntities}, and satisfies the register's planning meeting and review through {@link app.haven.cases.CaseMeetings}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Meetings",
        allowedDependencies = {
            "platform",
            "platform::web",
            "identity",
            "audit",
            "people",
            "cases",
            "screening",
            "intelligence"
        })
package app.haven.meetings;
