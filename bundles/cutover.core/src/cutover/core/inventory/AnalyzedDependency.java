package cutover.core.inventory;

/** A dependency with the signatures that matched it and what to do with it. */
public record AnalyzedDependency(Dependency dependency, Recommendation recommendation) {

    public String id() {
        return dependency.id();
    }
}
