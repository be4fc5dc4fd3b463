package app.haven.screening.banding;

/** A tool definition that cannot be used, with where in its file the problem is. */
public class ToolDefinitionException extends RuntimeException {

    public ToolDefinitionException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem);
    }

    /** Problems found by a strict reading, each already naming its file and line. */
    public ToolDefinitionException(java.util.List<String> problems) {
        super(String.join("; ", problems));
    }
}
