package jp.madoguchi.rules.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The one JSON reading setup for rule data and resident situations: duplicate fields and text
 * after the object are errors, and dates are YYYY-MM-DD real calendar dates (no 1990-02-30).
 */
public final class StrictJson {
    public static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
        .withResolverStyle(ResolverStyle.STRICT);

    private StrictJson() {
    }
}
