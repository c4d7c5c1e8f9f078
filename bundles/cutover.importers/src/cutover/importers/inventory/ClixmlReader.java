package cutover.importers.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads PowerShell CLIXML ({@code Export-Clixml}): the top-level objects one at a time, each as a {@link PsObject},
 * list, map or plain value. Object and type name references ({@code <Ref RefId>}, {@code <TNRef RefId>}) are
 * resolved; secure strings ({@code <SS>}) are dropped unread.
 */
final class ClixmlReader {

    static final String NAMESPACE = "http://schemas.microsoft.com/powershell/2004/04";

    /** A deserialised object: its type names (most specific first) and its properties. */
    record PsObject(List<String> typeNames, Map<String, Object> properties, Map<String, Long> propertyLines,
            String toStringValue) {

        long lineOf(String property, long fallback) {
            return propertyLines.getOrDefault(property, fallback);
        }
    }

    /** Receives each top-level object with the line it starts on. */
    interface ObjectConsumer {
        void accept(Object value, long line, int index) throws InventoryFormatException;
    }

    private static final int MAX_REFERENCES = 1_000_000;

    private final SafeXml xml;
    private final Map<String, List<String>> typeNames = new HashMap<>();
    private final Map<String, Object> objects = new HashMap<>();

    ClixmlReader(SafeXml xml) {
        this.xml = xml;
    }

    void read(ObjectConsumer consumer) throws InventoryFormatException {
        if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !xml.localName().equals("Objs")
                || !NAMESPACE.equals(xml.namespace())) {
            throw new InventoryFormatException(xml.line(), "this is not PowerShell CLIXML: it must start with <Objs "
                    + "xmlns=\"" + NAMESPACE + "\">");
        }
        int index = 0;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            long line = xml.line();
            consumer.accept(value(), line, index++);
        }
        if (xml.nextTag() != XMLStreamConstants.END_DOCUMENT) {
            throw new InventoryFormatException(xml.line(), "unexpected content after </Objs>");
        }
    }

    /** Reads the value element the cursor is on, up to and including its end tag. */
    private Object value() throws InventoryFormatException {
        String tag = xml.localName();
        switch (tag) {
            case "Obj" -> {
                return object();
            }
            case "Ref" -> {
                String refId = xml.attribute("RefId");
                xml.skipElement();
                if (refId == null || !objects.containsKey(refId)) {
                    throw new InventoryFormatException(xml.line(), "<Ref> refers to RefId " + refId
                            + ", which no earlier object has");
                }
                return objects.get(refId);
            }
            case "Nil" -> {
                xml.skipElement();
                return null;
            }
            case "SS" -> {
                // a SecureString; never read
                xml.skipElement();
                return null;
            }
            case "B" -> {
                return Boolean.valueOf(xml.readText().trim().equalsIgnoreCase("true"));
            }
            case "S", "URI", "Version", "XD", "SBK", "G", "DT", "TS", "C", "I16", "I32", "I64", "U16", "U32", "U64",
                    "By", "SB", "Db", "D", "Sg", "BA" -> {
                return decode(xml.readText());
            }
            default -> throw new InventoryFormatException(xml.line(), "<" + tag + "> is not a CLIXML value");
        }
    }

    private Object object() throws InventoryFormatException {
        String refId = xml.attribute("RefId");
        List<String> types = List.of();
        Map<String, Object> properties = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        String toString = null;
        Object content = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.localName()) {
                case "TN" -> types = typeNames(xml.attribute("RefId"));
                case "TNRef" -> {
                    types = typeNames.getOrDefault(xml.attribute("RefId"), List.of());
                    xml.skipElement();
                }
                case "ToString" -> toString = decode(xml.readText());
                case "Props", "MS" -> properties(properties, lines);
                case "LST", "IE", "STK", "QUE" -> content = list();
                case "DCT" -> content = dictionary();
                default -> content = value();
            }
        }
        Object result;
        if (content instanceof List<?> || content instanceof Map<?, ?>) {
            result = content;
        } else if (!properties.isEmpty()) {
            result = new PsObject(types, properties, lines, toString);
        } else {
            result = content != null ? content : toString;
        }
        if (refId != null) {
            if (objects.size() >= MAX_REFERENCES) {
                throw new InventoryFormatException(xml.line(), "more than " + MAX_REFERENCES + " objects");
            }
            objects.put(refId, result);
        }
        return result;
    }

    private List<String> typeNames(String refId) throws InventoryFormatException {
        List<String> names = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.localName().equals("T")) {
                throw new InventoryFormatException(xml.line(), "<TN> may only contain <T> elements");
            }
            names.add(decode(xml.readText()));
        }
        if (refId != null) {
            typeNames.put(refId, names);
        }
        return names;
    }

    private void properties(Map<String, Object> into, Map<String, Long> lines) throws InventoryFormatException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.attribute("N");
            long line = xml.line();
            Object value = value();
            if (name != null) {
                into.put(decode(name), value);
                lines.put(decode(name), line);
            }
        }
    }

    private List<Object> list() throws InventoryFormatException {
        List<Object> list = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            list.add(value());
        }
        return list;
    }

    private Map<String, Object> dictionary() throws InventoryFormatException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.localName().equals("En")) {
                throw new InventoryFormatException(xml.line(), "<DCT> may only contain <En> elements");
            }
            Object key = null;
            Object value = null;
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String role = xml.attribute("N");
                Object read = value();
                if ("Key".equals(role)) {
                    key = read;
                } else if ("Value".equals(role)) {
                    value = read;
                }
            }
            if (key != null) {
                map.put(String.valueOf(key), value);
            }
        }
        return map;
    }

    /** CLIXML writes characters XML cannot hold, such as line breaks in attribute-like strings, as _xHHHH_. */
    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
