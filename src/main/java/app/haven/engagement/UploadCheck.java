package app.haven.engagement;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an uploaded file may be kept: one of the few types a resource needs (PDF, PNG, JPEG), no larger than the
 * limit, and its first bytes must say the same type as the browser did. A file that claims to be a PDF but starts like
 * an HTML page or a program is refused, so nothing served back can be read by a browser as something else. Plain rules,
 * each refusal in words.
 */
final class UploadCheck {

    /** The allowed types and the bytes each such file starts with (its "magic number"). */
    private static final Map<String, byte[]> MAGIC = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a},
            "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private UploadCheck() {}

    /** What is wrong with the file, or empty when it may be kept. */
    static Optional<String> refusal(String declaredType, long size, byte[] head, long maxBytes) {
        if (size <= 0) {
            return Optional.of("The selected file is empty");
        }
        if (size > maxBytes) {
            return Optional.of("The selected file must be smaller than " + (maxBytes / (1024 * 1024)) + " MB");
        }
        String type = declaredType == null ? "" : declaredType.strip().toLowerCase(java.util.Locale.ROOT);
        byte[] magic = MAGIC.get(type);
        if (magic == null) {
            return Optional.of("The selected file must be a PDF, PNG or JPEG");
        }
        if (head.length < magic.length || !Arrays.equals(Arrays.copyOf(head, magic.length), magic)) {
            return Optional.of("The selected file is not the type it says it is: it must be a real PDF, PNG or JPEG");
        }
        return Optional.empty();
    }

    /** The number of bytes {@link #refusal} needs to see from the start of the file. */
    static int headLength() {
        return 8;
    }
}
