package app.haven.screening;

import app.haven.screening.banding.ToolDefinition;
import app.haven.screening.banding.ToolDefinitionException;
import app.haven.screening.banding.ToolDefinitionReader;
import java.io.IOException;
import java.io.StringReader;
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
 * with an error stops start-up with its name and line (for a superseded version, only a structural error does). A version already used by a screening cannot change: if its
 * file differs from what was registered, start-up stops and asks for a new version instead.
 */
@Component
public class ScreeningTools {

    static final String LOCATION = "classpath:screening/*.yaml";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScreeningTools.class);

    private final Map<String, ToolDefinition> byKey = new LinkedHashMap<>();

    ScreeningTools(JdbcClient jdbc, Clock clock) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Map<String, ToolDefinitionReader.Reading> readings = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Resource file : files) {
            String text = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            readings.put(
                    file.getFilename(), ToolDefinitionReader.readLeniently(file.getFilename(), new StringReader(text)));
            texts.put(file.getFilename(), text);
        }
        checkStrictly(readings.values());
        readings.forEach((file, reading) -> {
            ToolDefinition tool = reading.tool();
            register(jdbc, clock, file, tool, texts.get(file));
            byKey.put(key(tool.id(), tool.version()), tool);
        });
    }

    /**
     * The newest version of each tool must read cleanly: it is the one new screenings use. A superseded version with
     * a problem is kept (screenings were banded with it and it cannot change) and the problem is logged: its fix is
     * the newer version.
     */
    static void checkStrictly(java.util.Collection<ToolDefinitionReader.Reading> readings) {
        Map<String, Integer> newest = new LinkedHashMap<>();
        readings.forEach(r -> newest.merge(r.tool().id(), r.tool().version(), Math::max));
        for (ToolDefinitionReader.Reading reading : readings) {
            if (reading.problems().isEmpty()) {
                continue;
            }
            if (newest.get(reading.tool().id()) == reading.tool().version()) {
                throw new ToolDefinitionException(reading.problems());
            }
            LOG.warn(
                    "{} version {} is superseded and kept for the screenings banded with it, but: {}",
                    reading.tool().id(),
                    reading.tool().version(),
                    String.join("; ", reading.problems()));
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
