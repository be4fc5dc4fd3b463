package app.haven.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of PostgreSQL's programs as the server account and collects what it printed. */
record ServerCommand(ServerAccount account) {

    record Result(int exitCode, String output) {

        boolean succeeded() {
            return exitCode == 0;
        }

        /** The last few lines: enough to say what went wrong in an error message. */
        String tail() {
            return lastLines(output);
        }
    }

    /** The last three lines of a program's output or log, on one line for an error message. */
    static String lastLines(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    Result run(List<String> command, long timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(account.command(command))
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output + "\n(timed out after " + timeoutSeconds + " s)");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "could not run " + command.get(0) + " (" + e.getMessage() + ").",
                    "Delete the unpacked PostgreSQL (see the README) so Haven unpacks it again.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("interrupted while starting.", "Start Haven again.", e);
        }
    }
}
