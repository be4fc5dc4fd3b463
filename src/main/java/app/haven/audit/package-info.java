/**
 * The append-only, hash-chained log of every view and change: who, when, what, which child, why. Other
 * modules record through {@code AuditLog}; nothing can update or delete an entry.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"platform", "platform::web", "identity"})
package app.haven.audit;
