package app.haven.screening;

import app.haven.screening.banding.ToolDefinition;
import app.haven.screening.banding.ToolDefinitionReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The screening tool versions shipped in {@code classpath:screening/*.yaml}, read and checked at start-up. A file
 * with an error stops start-up with its name and line. A version already used by a screening cannot change: if its
 * file differs from what was registered, start-up stops and asks for a new version instead.
 */
@Component
public class ScreeningTools {

    static final String LOCATION = "classpath:screening/*.yaml";

    private final Map<String, ToolDefinition> byKey = new LinkedHashMap<>();

    ScreeningTools(JdbcClient jdbc, Clock clock) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        for (Resource file : files) {
            String text = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ToolDefinition tool = ToolDefinitionReader.read(
                    file.getFilename(), new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
            register(jdbc, clock, file.getFilename(), tool, text);
            byKey.put(key(tool.id(), tool.version()), tool);
        }
    }

    public Optional<ToolDefinition> get(String toolId, int version) {
        return Optional.ofNullable(byKey.get(key(toolId, version)));
    }

    /** The newest version of each tool, for starting a screening. */
    public List<ToolDefinition> latest() {
        Map<String, ToolDefinition> newest = new LinkedHashMap<>();
        byKey.values().stream()
                .sorted(Comparator.comparing(ToolDefinition::id).thenComparing(ToolDefinition::version))
                .forEach(tool -> newest.put(tool.id(), tool));
        return new ArrayList<>(newest.values());
    }

    static void register(JdbcClient jdbc, Clock clock, String file, ToolDefinition tool, String text) {
        String hash = sha256(text);
        Optional<String> registered = jdbc.sql(
                        "SELECT content_hash FROM screening_tool_version WHERE tool_id = :id AND version = :version")
                .param("id", tool.id())
                .param("version", tool.version())
                .query(String.class)
                .optional();
        if (registered.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO screening_tool_version (tool_id, version, name, content_hash, definition, registered_at)
                            VALUES (:id, :version, :name, :hash, :definition, :now)
                            """)
                    .param("id", tool.id())
                    .param("version", tool.version())
                    .param("name", tool.name())
                    .param("hash", hash)
                    .param("definition", text)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            return;
        }
        if (registered.get().equals(hash)) {
            return;
        }
        long used = jdbc.sql("SELECT count(*) FROM screening WHERE tool_id = :id AND tool_version = :version")
                .param("id", tool.id())
                .param("version", tool.version())
                .query(Long.class)
                .single();
        if (used > 0) {
            throw new IllegalStateException(
                    file + ": " + tool.id() + " version " + tool.version() + " has been used by "
                            + used + " screening(s) and cannot change. Put the change in a new version (version: "
                            + (tool.version() + 1) + ") and keep this file as it was.");
        }
        jdbc.sql("""
                        UPDATE screening_tool_version SET name = :name, content_hash = :hash, definition = :definition
                         WHERE tool_id = :id AND version = :version
                        """)
                .param("name", tool.name())
                .param("hash", hash)
                .param("definition", text)
                .param("id", tool.id())
                .param("version", tool.version())
                .update();
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
