package app.haven.identity;

/**
 * What a user may do. Roles are data mapped to these (table {@code role_permission}); each permission is a
 * Spring Security authority of the same name, so a handler declares
 * {@code @PreAuthorize("hasAuthority('VIEW_CHILD')")}.
 */
public enum Permission {
    /** Open a child's record within the user's record scope. */
    VIEW_CHILD,
    /** Create and change children's and related people's records. */
    EDIT_CHILD,
    /** Complete CSE screenings. */
    SCREEN,
    /** Open and run cases on the register: plans, reviews, team around the child. */
    MANAGE_CASE,
    /** Approve decisions that need a manager: overrides below the computed band, closures. */
    APPROVE,
    /** Run multi-agency groups and meetings. */
    MANAGE_MEETINGS,
    /** See intelligence reports, persons of concern and their links. */
    VIEW_INTELLIGENCE,
    /** Grade intelligence (3x5x2) and set its handling conditions. */
    GRADE_INTELLIGENCE,
    /** Record disruption measures, arrests, charges and prosecutions. */
    RECORD_DISRUPTION,
    /** Enter or import the published prosecution rates of similar areas and the partnership's child populations. */
    MANAGE_COMPARISONS,
    /** Do return home interviews after missing episodes (the commissioned missing service). */
    RETURN_INTERVIEW,
    /** See an area's missing episodes and return interviews, and export the statutory missing return. */
    COORDINATE_MISSING,
    /** Work the agency's queue of referrals received: accept, decline or redirect them. */
    RECEIVE_REFERRALS,
    /** Do the commissioned service's direct work with a young person and close it with an outcome. */
    DIRECT_WORK,
    /** Record the police response to a disclosure passed to the police. */
    RECORD_POLICE_RESPONSE,
    /** Search the information-sharing log of the areas one works in. */
    SEARCH_SHARING_LOG,
    /** See the partnership's datasets and measures, as aggregates only. */
    VIEW_AGGREGATES,
    /** Open a record outside one's scope, with a recorded reason that is reviewed. */
    BREAK_GLASS,
    /** See who has viewed or changed a child's record. */
    VIEW_RECORD_ACCESS,
    /** Review break-glass access. */
    REVIEW_BREAK_GLASS,
    /** Create, change and disable users; assign roles; reset MFA; unlock accounts. */
    ADMINISTER_USERS,
    /** Manage areas, agencies and teams. */
    ADMINISTER_REFERENCE_DATA,
    /** Search the audit log and verify its hash chain. */
    VIEW_AUDIT,
    /** Enter and correct the strategy's baseline figures, each with its source. */
    MANAGE_BASELINES;

    /** The Spring Security authority for this permission. */
    public String authority() {
        return name();
    }
}
