package jp.madoguchi.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.form.FormIdRefusal;
import jp.madoguchi.rules.routes.ChecklistItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundle check: every language has its own file with every English key, the same arguments,
 * patterns ICU can parse, no untranslated English, Latin digits only, and the official Japanese
 * terms in brackets where the resident first meets them.
 */
class MessagesTest {
    private static final String BUNDLE = "jp.madoguchi.kiosk.i18n.messages";
    /** Keys whose value may equal English in another language: proper names. */
    private static final Set<String> SAME_AS_ENGLISH_ALLOWED = Set.of("app.name");
    /** Words a language spells exactly as English does ("No" is Spanish too). */
    private static final Map<Language, Set<String>> SAME_WORD_AS_ENGLISH = Map.of(
        Language.SPANISH, Set.of("submit.no", "certificates.notChosen"));
    /**
     * Arguments the code fills with numbers ("key#argument"): only these may be number or plural
     * arguments, and they are formatted with numbers below (all others with text).
     */
    private static final Set<String> NUMERIC_ARGUMENTS = Set.of("common.step#0", "common.step#1", "idle.body#0",
        "photo.countdown#0", "scan.keypad.count#0", "scan.keypad.count#1", "sheet.next.notice#0",
        "sheet.next.notice#1", "sheet.status.body#0", "sheet.pins.userIdentification#0", "sheet.pins.signature#0",
        "sheet.pins.signature#1", "sheet.pins.lockout#0", "sheet.pins.lockout#1");
    /**
     * Official terms residents match with paper and the counter: where these texts first name
     * them, every language other than Japanese keeps the Japanese in brackets.
     */
    private static final Map<String, List<String>> JAPANESE_TERMS = Map.of(
        "scan.hint", List.of("申請書ID"),
        "scan.hint.camera", List.of("申請書ID"),
        "scan.keypad.title", List.of("申請書ID"),
        "guidance.body.LOST_FORM", List.of("在留カード"),
        "guidance.body.VISA_RENEWED", List.of("在留カード", "マイナンバーカード"),
        "guidance.body.CERTIFICATE_RENEWAL", List.of("電子証明書"),
        "guidance.body.PICKUP_PREPARATION", List.of("交付通知書", "在留カード", "暗証番号"),
        "done.next", List.of("交付通知書"),
        "sheet.next.notice", List.of("交付通知書"));
    /** Any decimal digit other than 0-9 (Devanagari, Burmese, Thai, full-width ...). */
    private static final Pattern NON_LATIN_DIGIT = Pattern.compile("[\\p{Nd}&&[^0-9]]");

    @Test
    void everyCodeTheFlowCanProduceHasAMessage() {
        List<String> keys = new ArrayList<>();
        for (Need need : Need.values()) {
            keys.add("need." + need);
            keys.add("need." + need + ".detail");
            keys.add("guidance.title." + need);
            keys.add("guidance.body." + need);
        }
        for (FormIdRefusal refusal : FormIdRefusal.values()) {
            keys.add("scan.refusal." + refusal.code());
            keys.add("scan.keypad.refusal." + refusal.code());
        }
        for (DeviceKind kind : DeviceKind.values()) {
            keys.add("error.device." + kind);
            keys.add("device." + kind);
        }
        for (ChecklistItem item : ChecklistItem.values()) {
            keys.add("checklist." + item);
        }
        for (DeviceCondition condition : DeviceCondition.values()) {
            keys.add("condition." + condition);
        }
        assertThat(own(Language.ENGLISH).stringPropertyNames()).containsAll(keys);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasItsOwnFileWithExactlyTheEnglishKeys(Language language) {
        assertThat(own(language).stringPropertyNames()).as(language.code())
            .containsExactlyInAnyOrderElementsOf(own(Language.ENGLISH).stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void nothingIsLeftInEnglish(Language language) {
        if (language == Language.ENGLISH) {
            return;
        }
        Properties english = own(Language.ENGLISH);
        Properties mine = own(language);
        for (String key : mine.stringPropertyNames()) {
            assertThat(mine.getProperty(key)).as(language.code() + " " + key).isNotBlank();
            if (!SAME_AS_ENGLISH_ALLOWED.contains(key)
                && !SAME_WORD_AS_ENGLISH.getOrDefault(language, Set.of()).contains(key)) {
                assertThat(mine.getProperty(key)).as(language.code() + " " + key + " is still English")
                    .isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPatternParsesAndTakesTheEnglishArguments(Language language) {
        Properties english = own(Language.ENGLISH);
        Properties mine = own(language);
        for (String key : mine.stringPropertyNames()) {
            String what = language.code() + " " + key;
            String pattern = mine.getProperty(key);
            assertThatCode(() -> new MessagePattern(pattern)).as(what).doesNotThrowAnyException();
            Map<String, String> arguments = arguments(pattern);
            assertThat(arguments.keySet()).as(what + ": arguments")
                .containsExactlyInAnyOrderElementsOf(arguments(english.getProperty(key)).keySet());
            arguments.forEach((argument, type) -> {
                boolean numeric = NUMERIC_ARGUMENTS.contains(key + "#" + argument);
                assertThat(type).as(what + " {" + argument + "}")
                    .isIn(numeric ? List.of("NONE", "SIMPLE:number", "PLURAL", "SELECTORDINAL") : List.of("NONE"));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void filledPatternsShowEveryValueAndOnlyLatinDigits(Language language) {
        Messages messages = Messages.of(language);
        for (String key : own(language).stringPropertyNames()) {
            for (long number : new long[] {0, 1, 2, 3, 5, 11, 23, 1234567890L}) {
                Object[] values = sampleValues(key, number);
                String text = messages.text(key, values);
                String what = language.code() + " " + key + " with " + number;
                assertThat(text).as(what).doesNotContain("{", "}");
                for (Object value : values) {
                    if (value instanceof String s) {
                        assertThat(text).as(what + ": a value swallowed by quoting").contains(s);
                    }
                }
                assertThat(NON_LATIN_DIGIT.matcher(text).find()).as(what + ": " + text).isFalse();
                if (java.util.Arrays.asList(values).contains(number)) {
                    assertThat(text).as(what + ": the number in Latin digits").contains(String.valueOf(number % 10));
                }
            }
        }
    }

    @Test
    void withoutTheLatinDigitsKeywordBurmeseAndNepaliWouldGetTheirOwnDigits() {
        // Shows the digit check above can fail: ICU's default for these locales is native digits.
        assertThat(new MessageFormat("{0}", new ULocale("my")).format(new Object[] {5})).isEqualTo("၅");
        assertThat(new MessageFormat("{0}", new ULocale("ne")).format(new Object[] {23})).isEqualTo("२३");
        assertThat(Messages.of(Language.BURMESE).text("common.step", 1, 5)).contains("1", "5").doesNotContain("၁");
        assertThat(Messages.of(Language.NEPALI).text("idle.body", 23)).contains("23");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void officialTermsKeepTheirJapaneseInBrackets(Language language) {
        if (language == Language.EASY_JAPANESE) {
            return;
        }
        Properties mine = own(language);
        JAPANESE_TERMS.forEach((key, terms) -> {
            for (String term : terms) {
                String text = mine.getProperty(key);
                boolean bracketed = Pattern.compile("[(（][^()（）]*" + Pattern.quote(term) + "[^()（）]*[)）]")
                    .matcher(text).find();
                // Traditional Chinese writes some terms (申請書ID, 交付通知書) with the very same characters.
                boolean sameWord = language == Language.CHINESE_TRADITIONAL && text.contains(term);
                assertThat(bracketed || sameWord).as(language.code() + " " + key + " names " + term + ": " + text).isTrue();
            }
        });
    }

    @Test
    void englishPluralsReadRight() {
        Messages english = Messages.of(Language.ENGLISH);
        assertThat(english.text("idle.body", 1)).contains("in 1 second ");
        assertThat(english.text("idle.body", 20)).contains("in 20 seconds ");
        assertThat(english.text("sheet.pins.userIdentification", 4)).contains("card's");
    }

    @Test
    void aMissingStringFallsBackToEnglishNotTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPANESE);
            assertThat(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("xx"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("attract.touch")).isEqualTo(own(Language.ENGLISH).getProperty("attract.touch"));
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Argument name to its type (NONE, PLURAL, SIMPLE:number ...), read with ICU's own parser. */
    private static Map<String, String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, String> arguments = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                String name = parsed.getSubstring(parsed.getPart(i + 1));
                MessagePattern.ArgType type = part.getArgType();
                String described = type == MessagePattern.ArgType.SIMPLE
                    ? "SIMPLE:" + parsed.getSubstring(parsed.getPart(i + 2)) : type.name();
                arguments.merge(name, described, (a, b) -> a.equals(b) ? a : a + "|" + b);
            }
        }
        return arguments;
    }

    private static Object[] sampleValues(String key, long number) {
        Map<String, String> arguments = arguments(own(Language.ENGLISH).getProperty(key));
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = NUMERIC_ARGUMENTS.contains(key + "#" + i) ? (Object) number : "VALUE" + i;
        }
        return values;
    }

    private static final Map<Language, Properties> OWN = new HashMap<>();

    /**
     * The language's own file, without the English parent the bundle falls back to: the most
     * specific existing candidate of the bundle lookup (so {@code pt-BR} finds {@code messages_pt}).
     */
    private static synchronized Properties own(Language language) {
        return OWN.computeIfAbsent(language, l -> {
            ResourceBundle.Control control = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            for (Locale candidate : control.getCandidateLocales(BUNDLE, l.locale())) {
                String file = "/" + control.toBundleName(BUNDLE, candidate).replace('.', '/') + ".properties";
                if (candidate.equals(Locale.ROOT) && l != Language.ENGLISH) {
                    break;
                }
                try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
                    if (in != null) {
                        Properties properties = new Properties();
                        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                            properties.load(reader);
                        }
                        return properties;
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            throw new AssertionError("no messages file of its own for " + l.code());
        });
    }
}
