package app.haven.engagement;

import app.haven.platform.web.FormErrors;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A resource's uploaded file, whether the resource is being written or edited: checked ({@link UploadCheck}) and, once
 * the form is otherwise right, stored outside the web root ({@link ResourceFiles}) under a random name.
 */
@Component
class ResourceUploads {

    private final ResourceFiles files;
    private final long maxUploadBytes;

    ResourceUploads(ResourceFiles files, @Value("${haven.engagement.max-upload-bytes:10485760}") long maxUploadBytes) {
        this.files = files;
        this.maxUploadBytes = maxUploadBytes;
    }

    long maxMegabytes() {
        return maxUploadBytes / (1024 * 1024);
    }

    /** Whether a file was chosen; adds an error under "file" if it may not be kept. */
    boolean check(MultipartFile file, FormErrors.Builder errors) throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        if (hasFile) {
            UploadCheck.refusal(file.getContentType(), file.getSize(), head(file), maxUploadBytes)
                    .ifPresent(message -> errors.field("file", message));
        } else if (file != null
                && file.getOriginalFilename() != null
                && !file.getOriginalFilename().isBlank()) {
            errors.field("file", "The selected file is empty");
        }
        return hasFile;
    }

    Resources.StoredFile store(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            String key = files.store(in);
            String name = Optional.ofNullable(file.getOriginalFilename())
                    .map(n -> n.replaceAll("[^A-Za-z0-9 ._()-]", "_"))
                    .map(n -> n.length() > 200 ? n.substring(n.length() - 200) : n)
                    .filter(n -> !n.isBlank())
                    .orElse("resource");
            return new Resources.StoredFile(
                    key, name, file.getContentType().strip().toLowerCase(), file.getSize());
        }
    }

    /** Removes a stored file: one kept for a save that did not happen, or one a newer file replaced. */
    void discard(String key) {
        files.discard(key);
    }

    private static byte[] head(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(UploadCheck.headLength());
        }
    }
}
