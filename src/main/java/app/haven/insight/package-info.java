/**
 * The partnership's measures and datasets: the board's dashboard per strategy priority, a drill-down per measure, the
 * strategy's baseline figures (entered with their source, never typed over Haven's own counts), disclosure control
 * for every figure shown or exported, CSV and XLSX exports. Every module counts its own share through
 * {@link app.haven.platform.MeasureSource}; insight never reads another module's tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Insight",
        allowedDependencies = {"platform", "platform::web", "identity", "audit", "people", "intelligence"})
package app.haven.insight;
