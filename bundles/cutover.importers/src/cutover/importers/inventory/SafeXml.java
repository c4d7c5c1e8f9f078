package cutover.importers.inventory;

import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX cursor over XML from an untrusted collection. DTDs are not supported and a DOCTYPE is refused outright, so
 * neither external entities (XXE) nor entity expansion (billion laughs) can happen; element depth, text and
 * attribute sizes are bounded. Errors become {@link InventoryFormatException}s with the line.
 */
final class SafeXml implements AutoCloseable {

    private final XMLStreamReader reader;
    private final int maxDepth;
    private final int maxText;
    private final StringBuilder text = new StringBuilder();
    private int depth;

    SafeXml(Reader source, int maxDepth, int maxText) throws InventoryFormatException {
        this.maxDepth = maxDepth;
        this.maxText = maxText;
        try {
            this.reader = factory().createXMLStreamReader(source);
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's own implementation: newFactory() would look for another one on the (OSGi) class path
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /**
     * Moves to the next start or end element, skipping text, comments and processing instructions.
     *
     * @return {@link XMLStreamConstants#START_ELEMENT}, {@link XMLStreamConstants#END_ELEMENT} or
     *         {@link XMLStreamConstants#END_DOCUMENT}
     */
    int nextTag() throws InventoryFormatException {
        try {
            while (true) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > maxDepth) {
                            throw new InventoryFormatException(line(), "elements are nested deeper than " + maxDepth
                                    + " levels, more than any export Cutover reads");
                        }
                        checkAttributes();
                        return event;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        return event;
                    }
                    case XMLStreamConstants.END_DOCUMENT -> {
                        return event;
                    }
                    case XMLStreamConstants.DTD -> throw new InventoryFormatException(line(), "the file has a "
                            + "DOCTYPE declaration; Cutover refuses XML with a DTD because it could read other files "
                            + "or expand without limit (the exports Cutover reads never have one)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InventoryFormatException(line(),
                            "the file refers to the undeclared entity &" + reader.getLocalName() + ";");
                    default -> {
                        // text between elements, comments, processing instructions
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    /** The text of the current element up to its end tag; child elements are not allowed. At most maxText chars. */
    String readText() throws InventoryFormatException {
        String element = reader.getLocalName();
        text.setLength(0);
        try {
            while (true) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text.length() + reader.getTextLength() > maxText) {
                            throw new InventoryFormatException(line(), "the text of <" + element
                                    + "> is longer than " + maxText + " characters");
                        }
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        return text.toString();
                    }
                    case XMLStreamConstants.START_ELEMENT -> throw new InventoryFormatException(line(),
                            "<" + reader.getLocalName() + "> is not expected inside <" + element + ">, which holds "
                                    + "text");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InventoryFormatException(line(),
                            "the file refers to the undeclared entity &" + reader.getLocalName() + ";");
                    case XMLStreamConstants.END_DOCUMENT -> throw new InventoryFormatException(line(),
                            "the file ends inside an element; it is probably truncated");
                    default -> {
                        // comments and processing instructions inside text
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    /**
     * Reads the current element's text only to say whether it has any, for values that are secrets: the text is
     * never turned into a string here.
     */
    boolean hasText() throws InventoryFormatException {
        boolean any = false;
        long length = 0;
        try {
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    length += reader.getTextLength();
                    if (length > maxText) {
                        throw new InventoryFormatException(line(), "a secret value is longer than " + maxText
                                + " characters");
                    }
                    char[] chars = reader.getTextCharacters();
                    for (int i = reader.getTextStart(); !any && i < reader.getTextStart()
                            + reader.getTextLength(); i++) {
                        any = !Character.isWhitespace(chars[i]);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    return any;
                } else if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                    throw new InventoryFormatException(line(), "a secret value is not plain text");
                }
            }
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    /** Skips the current element and everything in it. */
    void skipElement() throws InventoryFormatException {
        int target = depth - 1;
        while (depth > target) {
            if (nextTag() == XMLStreamConstants.END_DOCUMENT) {
                throw new InventoryFormatException(line(), "the file ends inside an element; it is probably truncated");
            }
        }
    }

    String localName() {
        return reader.getLocalName();
    }

    /** The value of an attribute of the current start element by local name, or null. */
    String attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    String namespace() {
        return reader.getNamespaceURI();
    }

    long line() {
        Location location = reader.getLocation();
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    private void checkAttributes() throws InventoryFormatException {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeValue(i).length() > maxText) {
                throw new InventoryFormatException(line(), "attribute " + reader.getAttributeLocalName(i) + " of <"
                        + reader.getLocalName() + "> is longer than " + maxText + " characters");
            }
        }
    }

    /** Turns a parser error into a message that names the likely cause, with the line it happened on. */
    private InventoryFormatException problem(XMLStreamException e) {
        BadEncodingException encoding = Causes.find(e, BadEncodingException.class);
        if (encoding != null) {
            return new InventoryFormatException(encoding.line(), encoding.getMessage());
        }
        Causes.rethrowCancellation(e);
        long line = e.getLocation() != null ? e.getLocation().getLineNumber() : line();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        String detail = at >= 0 ? message.substring(at + "Message: ".length()).trim() : message.trim();
        if (detail.contains("must start and end within the same entity") || detail.contains("Premature end of file")) {
            return new InventoryFormatException(line, "the XML ends early; the file is probably truncated (" + detail
                    + ")");
        }
        if (detail.contains("DOCTYPE") || detail.contains("DTD")) {
            return new InventoryFormatException(line, "the file has a DOCTYPE declaration; Cutover refuses XML with "
                    + "a DTD (" + detail + ")");
        }
        return new InventoryFormatException(line, "the XML is not well-formed: " + detail);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to read
        }
    }
}
