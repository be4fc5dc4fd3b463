package app.haven.engagement;

/** One point on the public top 10 page, in its place (1 to 10). */
public record TopTenPoint(int position, String heading, String body) {}
