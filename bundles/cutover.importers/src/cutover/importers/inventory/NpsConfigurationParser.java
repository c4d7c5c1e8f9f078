package cutover.importers.inventory;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads an NPS configuration export ({@code netsh nps export filename=... exportPSK=YES} or
 * {@code Export-NpsConfiguration}). The export is a tree of configuration objects: an element per object, named
 * after the object with characters XML does not allow replaced, its real name in the {@code name} attribute, its
 * values in {@code <Properties>} and its members in {@code <Children>}. Objects are classified by the collection
 * they are in ({@code Clients}, {@code NetworkPolicy}, {@code RadiusProfiles}, {@code Proxy_Policies},
 * {@code Proxy_Profiles}, {@code RADIUS_Server_Groups}, {@code Vendors}); templates and the schema section are
 * ignored. Shared secrets are checked for presence and never turned into strings.
 */
final class NpsConfigurationParser {

    private static final String SERVICE = "Microsoft_Internet_Authentication_Service";
    private static final String SERVER_GROUPS = "RADIUS_Server_Groups";
    private static final int MAX_DEPTH = 64;
    private static final int MAX_TEXT = 64 * 1024;
    private static final int MAX_VALUES = 10_000;
    private static final Map<String, NpsObject.Kind> COLLECTIONS = Map.of(
            "Clients", NpsObject.Kind.CLIENT,
            "Vendors", NpsObject.Kind.VENDOR,
            "NetworkPolicy", NpsObject.Kind.NETWORK_POLICY,
            "RadiusProfiles", NpsObject.Kind.NETWORK_PROFILE,
            "Proxy_Policies", NpsObject.Kind.REQUEST_POLICY,
            "Proxy_Profiles", NpsObject.Kind.REQUEST_PROFILE);

    /** An element on the path from the root: its tag and its name attribute. */
    private record Frame(String tag, String name, long line) {
    }

    void parse(Reader text, FileFindings out) throws InventoryFormatException {
        List<NpsObject> objects = new ArrayList<>();
        boolean sawService = false;
        try (SafeXml xml = new SafeXml(text, MAX_DEPTH, MAX_TEXT)) {
            List<Frame> path = new ArrayList<>();
            int event = xml.nextTag();
            if (event != XMLStreamConstants.START_ELEMENT || !xml.localName().equals("Root")) {
                throw new InventoryFormatException(xml.line(), "this is not an NPS configuration export: it must "
                        + "start with <Root> (netsh nps export or Export-NpsConfiguration)");
            }
            path.add(new Frame("Root", null, xml.line()));
            while (!path.isEmpty()) {
                event = xml.nextTag();
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new InventoryFormatException(xml.line(),
                            "the XML ends early; the file is probably truncated");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    path.remove(path.size() - 1);
                    continue;
                }
                String tag = xml.localName();
                if (tag.equals("Properties")) {
                    NpsObject object = properties(xml, path);
                    if (object != null) {
                        objects.add(object);
                    }
                    continue;
                }
                sawService |= tag.equals(SERVICE);
                path.add(new Frame(tag, xml.attribute("name"), xml.line()));
                NpsObject group = emptyServerGroup(path);
                if (group != null) {
                    objects.add(group);
                }
            }
        }
        if (!sawService) {
            throw new InventoryFormatException(0, "this XML has no " + SERVICE + " section, so it is not an NPS "
                    + "configuration export");
        }
        new NpsConfiguration(objects).report(out);
    }

    /** Reads a {@code <Properties>} element; returns the object it belongs to, or null when it is not one we read. */
    private static NpsObject properties(SafeXml xml, List<Frame> path) throws InventoryFormatException {
        Frame owner = path.get(path.size() - 1);
        NpsObject.Kind kind = kindOf(path);
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> secrets = new HashSet<>();
        int count = 0;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String property = xml.localName();
            if (++count > MAX_VALUES) {
                throw new InventoryFormatException(xml.line(), "an object has more than " + MAX_VALUES + " values");
            }
            if (property.toLowerCase(Locale.ROOT).endsWith("secret")) {
                // Shared_Secret, Authentication_Secret, Accounting_Secret: only whether one is set is kept
                if (xml.hasText()) {
                    secrets.add(property);
                }
            } else if (kind == null) {
                xml.skipElement();
            } else {
                values.computeIfAbsent(property, p -> new ArrayList<>(1)).add(xml.readText());
            }
        }
        if (kind == null) {
            return null;
        }
        String group = kind == NpsObject.Kind.REMOTE_SERVER ? groupName(path) : null;
        return new NpsObject(kind, nameOf(owner), group, owner.line(), values, secrets);
    }

    /** What the object whose properties these are is, from where it is in the tree; null for anything else. */
    private static NpsObject.Kind kindOf(List<Frame> path) {
        int service = indexOf(path, SERVICE);
        if (service < 0 || path.size() < 3) {
            return null;
        }
        int groups = indexOf(path, SERVER_GROUPS);
        if (groups > service) {
            int objectDepth = path.size() - 1 - groups;
            return objectDepth == 2 ? NpsObject.Kind.SERVER_GROUP : objectDepth > 2 ? NpsObject.Kind.REMOTE_SERVER
                    : null;
        }
        Frame children = path.get(path.size() - 2);
        Frame collection = path.get(path.size() - 3);
        return children.tag().equals("Children") ? COLLECTIONS.get(collection.tag()) : null;
    }

    /** A server group is an object even when it has no properties of its own, only servers. */
    private static NpsObject emptyServerGroup(List<Frame> path) {
        int groups = indexOf(path, SERVER_GROUPS);
        if (groups < 0 || path.size() - 1 - groups != 2 || indexOf(path, SERVICE) < 0) {
            return null;
        }
        Frame group = path.get(path.size() - 1);
        return new NpsObject(NpsObject.Kind.SERVER_GROUP, nameOf(group), null, group.line(), Map.of(), Set.of());
    }

    private static String groupName(List<Frame> path) {
        return nameOf(path.get(indexOf(path, SERVER_GROUPS) + 2));
    }

    private static String nameOf(Frame frame) {
        return frame.name() != null ? frame.name() : frame.tag().replace('_', ' ');
    }

    private static int indexOf(List<Frame> path, String tag) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).tag().equals(tag)) {
                return i;
            }
        }
        return -1;
    }
}
