package app.haven.platform.demo;

import app.haven.platform.DatabaseLocation;
import app.haven.platform.DemoDataGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start of a demo installation (embedded database, demo data not switched off), fills the
 * database with fictional data and says, once, how to sign in. The same words are kept in a file in the
 * data directory that only the owner can read, and later starts point to it.
 */
@Component
class DemoDataStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataStartup.class);
    static final String SIGN_IN_FILE = "demo-sign-in.txt";

    private final DemoDataGenerator generator;
    private final DatabaseLocation database;
    private final Clock clock;
    private final boolean enabled;
    private final int scale;
    private final Path dataDirectory;
    private final Environment environment;

    DemoDataStartup(
            DemoDataGenerator generator,
            DatabaseLocation database,
            Clock clock,
            @Value("${haven.demo.enabled:true}") boolean enabled,
            @Value("${haven.demo.generate-on-start:true}") boolean generateOnStart,
            @Value("${haven.demo.scale:1}") int scale,
            @Value("${haven.data-dir:./data}") Path dataDirectory,
            Environment environment) {
        this.generator = generator;
        this.database = database;
        this.clock = clock;
        this.enabled = enabled && generateOnStart;
        this.scale = scale;
        this.dataDirectory = dataDirectory;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        if (!database.embedded()) {
            log.info("Demo data is only ever generated into the embedded database; none was created.");
            return;
        }
        Path signInFile = dataDirectory.resolve(SIGN_IN_FILE);
        var report = generator.generateOnce(scale, clock.instant());
        if (report.isPresent()) {
            List<String> lines = new ArrayList<>();
            lines.add("Haven is running on FICTIONAL demo data. Sign in at " + signInAddress());
            lines.addAll(report.get().announcements());
            writeOwnerOnly(signInFile, lines);
            log.info("\n\n{}\n\n(Kept in {})\n", String.join("\n", lines), signInFile.toAbsolutePath());
        } else if (Files.exists(signInFile)) {
            log.info("Demo data in place. How to sign in: {}", signInFile.toAbsolutePath());
        }
    }

    private String signInAddress() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port + "/login";
    }

    private static void writeOwnerOnly(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
