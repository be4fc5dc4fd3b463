package app.haven.identity;

import app.haven.platform.DatabaseLocation;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether every user must use an authenticator app ({@code haven.security.mfa}). NCSC's cloud security
 * guidance expects MFA for access to sensitive data, so it is mandatory unless switched off; left unset, the
 * embedded demo database (fictional data, localhost only) makes it optional so the demo accounts just work.
 */
@Component
class MfaRequirement {

    private final boolean mandatory;

    MfaRequirement(@Value("${haven.security.mfa:}") String setting, DatabaseLocation database) {
        String mode = setting.strip().toLowerCase(Locale.ROOT);
        this.mandatory = switch (mode) {
            case "mandatory" -> true;
            case "optional" -> false;
            case "" -> !database.embedded();
            default ->
                throw new IllegalStateException(
                        "haven.security.mfa (HAVEN_MFA) must be optional or mandatory, not " + setting);
        };
    }

    boolean mandatory() {
        return mandatory;
    }
}
