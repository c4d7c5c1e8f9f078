package cutover.importers.inventory;

import cutover.core.inventory.AuthenticationProtocol;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Facts;
import cutover.importers.text.CsvFields;
import cutover.importers.text.UnclosedQuoteException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Cutover's CSV templates for what MFA Server's console shows but cannot export: its RADIUS clients and its
 * LDAP clients (see docs/formats/inventory-inputs-v1.md). A bad line is reported and skipped; the other lines are
 * kept. A column that could hold a shared secret or password refuses the whole file.
 */
final class MfaServerClientsCsvParser {

    enum Template {
        RADIUS_CLIENTS(List.of("name", "ip_address", "enabled", "authentication_protocol", "application_name",
                "target", "vendor", "notes")),
        LDAP_CLIENTS(List.of("name", "ip_address", "base_dn", "port", "ssl", "application_name", "purpose", "notes"));

        final List<String> columns;

        Template(List<String> columns) {
            this.columns = columns;
        }

        /** The template whose columns a header line has, or null. */
        static Template of(List<String> header) {
            List<String> names = normalise(header);
            if (!names.contains("name") || !names.contains("ip_address")) {
                return null;
            }
            if (names.contains("base_dn")) {
                return LDAP_CLIENTS;
            }
            return names.contains("authentication_protocol") || names.contains("target") ? RADIUS_CLIENTS : null;
        }
    }

    private static final int MAX_LINE = 64 * 1024;
    private static final String[] SECRET_WORDS = {"secret", "password", "psk", "passphrase"};
    private static final Map<String, String> TARGETS = Map.of("radius", "RADIUS", "windows domain", "Windows domain",
            "windows", "Windows domain", "ldap", "LDAP", "ldap bind", "LDAP");

    void parse(Reader text, FileFindings out) throws IOException, InventoryFormatException {
        LineReader lines = new LineReader(text, MAX_LINE);
        String line;
        List<String> header = null;
        char separator = ',';
        while (header == null && (line = lines.next()) != null) {
            String stripped = stripBom(line).strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                separator = CsvFields.separatorOf(stripped);
                header = normalise(split(stripped, separator, lines.number()));
            }
        }
        if (header != null) {
            refuseSecretColumns(header, lines.number());
        }
        Template template = header == null ? null : Template.of(header);
        if (template == null) {
            throw new InventoryFormatException(lines.number(), "this is not one of Cutover's MFA Server CSV templates: "
                    + "the header must have the columns name and ip_address, and authentication_protocol or target "
                    + "(RADIUS clients) or base_dn (LDAP clients)");
        }
        long headerLine = lines.number();
        checkColumns(header, template, headerLine, out);
        Map<String, Long> firstLine = new HashMap<>();
        while ((line = lines.next()) != null) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            long number = lines.number();
            try {
                List<String> fields = split(stripped, separator, number);
                if (fields.size() > header.size()) {
                    throw new InventoryFormatException(number, "expected at most " + header.size()
                            + " values but found "
                            + fields.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    row.put(header.get(i), fields.get(i));
                }
                String name = row.getOrDefault("name", "");
                if (name.isEmpty()) {
                    throw new InventoryFormatException(number, "name is missing");
                }
                Long earlier = firstLine.putIfAbsent(name.toLowerCase(Locale.ROOT), number);
                if (earlier != null) {
                    throw new InventoryFormatException(number, "the client \"" + name + "\" is already on line "
                            + earlier);
                }
                if (template == Template.RADIUS_CLIENTS) {
                    radiusClient(row, number, out);
                } else {
                    ldapClient(row, number, out);
                }
            } catch (InventoryFormatException e) {
                out.problem(number, e.getMessage());
            }
        }
    }

    private static void refuseSecretColumns(List<String> header, long line) throws InventoryFormatException {
        for (String column : header) {
            for (String word : SECRET_WORDS) {
                if (column.contains(word)) {
                    throw new InventoryFormatException(line, "the column \"" + column + "\" is refused: Cutover never "
                            + "collects shared secrets or passwords. Delete the column and its values from the file "
                            + "(and from wherever else it was copied) and import it again");
                }
            }
        }
    }

    private static void checkColumns(List<String> header, Template template, long line, FileFindings out) {
        for (String column : header) {
            if (!column.isEmpty() && !template.columns.contains(column)) {
                out.problem(line, "the column \"" + column + "\" is not part of the template and is ignored");
            }
        }
    }

    private static void radiusClient(Map<String, String> row, long line, FileFindings out)
            throws InventoryFormatException {
        String name = row.get("name");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.DEFINED_IN, Facts.IN_MFA_SERVER);
        attributes.put(Facts.ENABLED, yesNo(row, "enabled", line, Facts.YES));
        putIfText(attributes, Facts.VENDOR, row.get("vendor"));
        putIfText(attributes, Facts.APPLICATION, row.get("application_name"));
        String protocolText = row.getOrDefault("authentication_protocol", "");
        Set<AuthenticationProtocol> protocols = EnumSet.noneOf(AuthenticationProtocol.class);
        for (String part : protocolText.split("[;|/,]")) {
            if (part.isBlank()) {
                continue;
            }
            AuthenticationProtocol protocol = AuthenticationProtocol.fromName(part);
            if (protocol == null) {
                throw new InventoryFormatException(line, "authentication_protocol \"" + part.trim() + "\" is not PAP, "
                        + "CHAP, MS-CHAP, MS-CHAPv2 or EAP");
            }
            protocols.add(protocol);
        }
        if (!protocols.isEmpty()) {
            attributes.put(Facts.AUTHENTICATION_PROTOCOLS, AuthenticationProtocol.format(protocols));
        }
        String target = row.getOrDefault("target", "");
        if (!target.isEmpty()) {
            String known = TARGETS.get(target.toLowerCase(Locale.ROOT));
            if (known == null) {
                throw new InventoryFormatException(line, "target \"" + target + "\" is not RADIUS, Windows domain "
                        + "or LDAP");
            }
            attributes.put(Facts.MFA_SERVER_TARGET, known);
        }
        putIfText(attributes, Facts.NOTES, row.get("notes"));
        String address = emptyToNull(row.get("ip_address"));
        out.add(DependencyCategory.RADIUS_CLIENT, name, address, attributes,
                List.of(out.evidence(line, null, "MFA Server RADIUS client \"" + name + "\""
                        + (address == null ? "" : " at " + address))));
    }

    private static void ldapClient(Map<String, String> row, long line, FileFindings out)
            throws InventoryFormatException {
        String name = row.get("name");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.DEFINED_IN, Facts.IN_MFA_SERVER);
        putIfText(attributes, Facts.APPLICATION, row.get("application_name"));
        putIfText(attributes, Facts.BASE_DN, row.get("base_dn"));
        String port = row.getOrDefault("port", "");
        if (!port.isEmpty()) {
            int number;
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1 || number > 65535) {
                throw new InventoryFormatException(line, "port \"" + port + "\" is not a number from 1 to 65535");
            }
            attributes.put(Facts.PORT, port);
        }
        if (!row.getOrDefault("ssl", "").isEmpty()) {
            attributes.put(Facts.SSL, yesNo(row, "ssl", line, Facts.NO));
        }
        putIfText(attributes, Facts.PURPOSE, row.get("purpose"));
        putIfText(attributes, Facts.NOTES, row.get("notes"));
        String address = emptyToNull(row.get("ip_address"));
        out.add(DependencyCategory.LDAP_CLIENT, name, address, attributes,
                List.of(out.evidence(line, null, "MFA Server LDAP client \"" + name + "\""
                        + (address == null ? "" : " at " + address))));
    }

    private static String yesNo(Map<String, String> row, String column, long line, String absent)
            throws InventoryFormatException {
        String value = row.getOrDefault(column, "").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> absent;
            case "yes", "y", "true", "1", "enabled" -> Facts.YES;
            case "no", "n", "false", "0", "disabled" -> Facts.NO;
            default -> throw new InventoryFormatException(line, column + " \"" + row.get(column)
                    + "\" must be yes or no");
        };
    }

    private static List<String> split(String line, char separator, long number) throws InventoryFormatException {
        List<String> fields;
        try {
            fields = CsvFields.split(line, separator, CsvFields.Quotes.AT_FIELD_START);
        } catch (UnclosedQuoteException e) {
            throw new InventoryFormatException(number, "a quoted value is not closed on this line (values cannot "
                    + "span lines)");
        }
        return fields.stream().map(String::trim).toList();
    }

    private static List<String> normalise(List<String> header) {
        List<String> names = new ArrayList<>();
        for (String column : header) {
            names.add(column.trim().toLowerCase(Locale.ROOT).replace(' ', '_'));
        }
        return names;
    }

    private static void putIfText(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value.trim());
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
