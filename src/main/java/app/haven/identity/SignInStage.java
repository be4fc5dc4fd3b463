package app.haven.identity;

/**
 * A step between a correct password and being signed in. Until every step is done the user holds a
 * {@link PartialSignIn}, which reaches only that step's page.
 */
enum SignInStage {
    /** Enter a code from the enrolled authenticator app, or a recovery code. */
    MFA_CODE("/login/mfa"),
    /** Choose a new password (an administrator set a temporary one). */
    PASSWORD_CHANGE("/account/password"),
    /** MFA is mandatory and the user has no authenticator app yet. */
    MFA_ENROLMENT("/account/mfa");

    private final String path;

    SignInStage(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
