package app.haven.intelligence.network;

/**
 * Which nodes the user may see. A query never passes through a node the user may not see, so a hidden child cannot
 * connect two things the user sees. {@link #prepare} is called with the nodes a step is about to reach, so an
 * implementation can decide many at once (one SQL query for the children among them) before {@link #visible} is asked.
 */
public interface Scope {

    Scope EVERYTHING = new Scope() {
        @Override
        public void prepare(int[] nodes, int count) {}

        @Override
        public boolean visible(int node) {
            return true;
        }
    };

    void prepare(int[] nodes, int count);

    boolean visible(int node);
}
