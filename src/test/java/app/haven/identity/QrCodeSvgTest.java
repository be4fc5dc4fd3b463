package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodeSvgTest {

    @Test
    void drawsTheQrCodeWithFillAttributesAndNoStyleForTheContentSecurityPolicy() {
        String svg = QrCodeSvg.render(new KeyUri("Haven", "a@b.example", "GEZDGNBV").toString(), "QR code");
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\" aria-label=\"QR code\"")
                .contains("fill=\"#0b0c0c\"")
                .doesNotContain("style");
    }

    @Test
    void theKeyUriIsWhatAuthenticatorAppsRead() {
        assertThat(new KeyUri("Haven", "sam jones@council.example", "GEZDGNBV").toString())
                .isEqualTo("otpauth://totp/Haven:sam%20jones%40council.example?secret=GEZDGNBV&issuer=Haven"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
