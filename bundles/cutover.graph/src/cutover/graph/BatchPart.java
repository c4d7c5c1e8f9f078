package cutover.graph;

import java.util.List;
import java.util.Objects;

/**
 * One request of a {@code $batch}.
 *
 * @param id unique within the batch
 * @param method GET, POST, PATCH or DELETE
 * @param path relative to the version root, for example {@code /users/{id}/authentication/phoneMethods}
 * @param body JSON text, or null
 * @param dependsOn ids of parts that must succeed first (Graph answers 424 when one failed)
 */
public record BatchPart(String id, String method, String path, String body, List<String> dependsOn) {

    public BatchPart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
