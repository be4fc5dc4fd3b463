package app.haven.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code otpauth://} key URI that authenticator apps read from a QR code (Google Authenticator's "Key
 * Uri Format", which every common app follows). It lives only inside the QR code, never in a request URL.
 */
record KeyUri(String issuer, String account, String secretBase32) {

    @Override
    public String toString() {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secretBase32 + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
