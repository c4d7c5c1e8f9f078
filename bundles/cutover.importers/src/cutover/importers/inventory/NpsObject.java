package cutover.importers.inventory;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One configuration object of an NPS export (a client, a policy, a profile, a vendor, a remote server group or
 * server) with its properties. Secret properties (shared secrets) appear only by name in {@code secretsSet}.
 *
 * @param kind what it is, from the collection it is in
 * @param name its name (the element's {@code name} attribute)
 * @param group for a remote RADIUS server, the name of its group; otherwise null
 * @param line the line the object starts on
 * @param properties property values by element name, several values where the property repeats
 * @param secretsSet names of secret properties that had a value
 */
record NpsObject(Kind kind, String name, String group, long line, Map<String, List<String>> properties,
        Set<String> secretsSet) {

    enum Kind {
        CLIENT, VENDOR, NETWORK_POLICY, NETWORK_PROFILE, REQUEST_POLICY, REQUEST_PROFILE, SERVER_GROUP, REMOTE_SERVER
    }

    String first(String property) {
        List<String> values = properties.get(property);
        return values == null || values.isEmpty() ? null : values.get(0).trim();
    }

    List<String> all(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** A boolean property as NPS writes it: 1 or 0 ({@code dt:dt="boolean"}), or true/false; null when absent. */
    Boolean flag(String property) {
        String value = first(property);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.equals("1") || value.equalsIgnoreCase("true");
    }
}
