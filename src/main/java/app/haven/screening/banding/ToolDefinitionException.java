package app.haven.screening.banding;

/** A tool definition that cannot be used, with where in its file the problem is. */
public class ToolDefinitionException extends RuntimeException {

    public ToolDefinitionException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem);
    }
}
