package cutover.core.inventory;

import java.util.Objects;

/**
 * Where a fact about a dependency was seen.
 *
 * @param file the collected file, relative to the collection (inside a ZIP: the entry name)
 * @param line 1-based line in that file, or 0 when not known
 * @param path the XML or JSON path of the element, such as {@code $[3].AdditionalAuthenticationRules}, or null
 * @param seen what was seen there, in words; never a secret
 */
public record Evidence(String file, long line, String path, String seen) {

    public Evidence {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(seen, "seen");
    }

    /** "line 12, Clients/VPN-01" or whichever part is known. */
    public String location() {
        String at = line > 0 ? "line " + line : "";
        if (path != null && !path.isEmpty()) {
            at = at.isEmpty() ? path : at + ", " + path;
        }
        return at;
    }

    /** {@code file:line: seen}, like a compiler message. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + seen + (path == null ? "" : " (" + path + ")");
    }
}
