package app.haven.audit;

import java.util.Arrays;
import java.util.Optional;

/** What a user did, as the audit log records it. The codes are what the {@code audit_event.action} CHECK allows. */
public enum AuditAction {
    VIEW("view", "Viewed"),
    CREATE("create", "Created"),
    UPDATE("update", "Changed"),
    DELETE("delete", "Deleted"),
    EXPORT("export", "Exported"),
    PRINT("print", "Printed"),
    SHARE("share", "Shared"),
    BREAK_GLASS("break-glass", "Break-glass access"),
    SIGN_IN("sign-in", "Signed in"),
    FAILED_SIGN_IN("failed-sign-in", "Failed sign-in"),
    SIGN_OUT("sign-out", "Signed out"),
    REFUSED("refused", "Refused");

    private final String code;
    private final String label;

    AuditAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stored form, also used in search URLs. */
    public String code() {
        return code;
    }

    /** What a person reads on the audit pages. */
    public String label() {
        return label;
    }

    public static Optional<AuditAction> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
