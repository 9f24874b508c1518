package jp.madoguchi.kiosk.files;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A {@code .properties} file a site writes by hand (kiosk.properties, --config, staff files):
 * UTF-8 (a byte-order mark is fine), and a broken escape is reported with its line, where
 * {@link Properties#load} alone says only "Malformed \\uxxxx encoding."
 */
public final class PropertiesFile {
    /** Far more than any configuration needs; a bigger file is a mistake, not a configuration. */
    static final long MAX_BYTES = 1024 * 1024;

    private PropertiesFile() {
    }

    /** The keys and values of {@code file}, in file order. */
    public static Map<String, String> read(Path file) throws UserFileException {
        String text = UserFiles.readText(file, MAX_BYTES);
        checkEscapes(file, text);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFileException(file, UserFileException.Problem.BAD_SYNTAX, e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    /** Every {@code \\u} must be followed by four hexadecimal digits; {@code \\\\} is an escaped backslash. */
    private static void checkEscapes(Path file, String text) throws UserFileException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) != '\\' || i + 1 >= line.length()) {
                    continue;
                }
                char next = line.charAt(i + 1);
                if (next == 'u' && !hex4(line, i + 2)) {
                    String found = line.substring(i, Math.min(line.length(), i + 6));
                    throw new UserFileException(file, UserFileException.Problem.BAD_SYNTAX, "bad escape \"" + found
                        + "\" at line " + (n + 1) + ": \\u must be followed by four hexadecimal digits");
                }
                i++; // the escaped character is done with
            }
        }
    }

    private static boolean hex4(String line, int from) {
        if (from + 4 > line.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(line.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
