package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadCheckTest {

    static final long MAX = 1024 * 1024;
    static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F'};

    @Test
    void acceptsRealPdfsPngsAndJpegs() {
        assertThat(UploadCheck.refusal("application/pdf", 100, PDF, MAX)).isEmpty();
        assertThat(UploadCheck.refusal("image/png", 100, PNG, MAX)).isEmpty();
        assertThat(UploadCheck.refusal("image/jpeg", 100, JPEG, MAX)).isEmpty();
        assertThat(UploadCheck.refusal(" Application/PDF ", 100, PDF, MAX)).isEmpty();
    }

    @Test
    void refusesTypesOtherThanPdfPngAndJpeg() {
        assertThat(UploadCheck.refusal("text/html", 100, PDF, MAX))
                .contains("The selected file must be a PDF, PNG or JPEG");
        assertThat(UploadCheck.refusal("image/svg+xml", 100, PNG, MAX)).isPresent();
        assertThat(UploadCheck.refusal(null, 100, PDF, MAX)).isPresent();
    }

    @Test
    void refusesAFileWhoseBytesSayAnotherType() {
        byte[] html = "<html><b".getBytes();
        assertThat(UploadCheck.refusal("application/pdf", 100, html, MAX).orElseThrow())
                .contains("not the type it says");
        assertThat(UploadCheck.refusal("image/png", 100, JPEG, MAX)).isPresent();
        assertThat(UploadCheck.refusal("image/jpeg", 100, PNG, MAX)).isPresent();
        assertThat(UploadCheck.refusal("image/png", 100, new byte[] {(byte) 0x89, 'P'}, MAX))
                .isPresent();
    }

    @Test
    void refusesEmptyFilesAndFilesOverTheLimit() {
        assertThat(UploadCheck.refusal("application/pdf", 0, PDF, MAX)).contains("The selected file is empty");
        assertThat(UploadCheck.refusal("application/pdf", MAX + 1, PDF, MAX))
                .contains("The selected file must be smaller than 1 MB");
        assertThat(UploadCheck.refusal("application/pdf", MAX, PDF, MAX)).isEmpty();
    }
}
