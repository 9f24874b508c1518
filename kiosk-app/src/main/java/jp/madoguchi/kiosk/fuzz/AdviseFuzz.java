package jp.madoguchi.kiosk.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.files.UserFiles;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.advice.AdviceService;
import jp.madoguchi.rules.advice.Situation;
import jp.madoguchi.rules.advice.SituationException;
import jp.madoguchi.rules.advice.SituationJson;
import jp.madoguchi.rules.data.StrictJson;

/**
 * Situation JSON as {@code ./kiosk advise} reads it (bytes, strict UTF-8, then the rules
 * engine): valid situations mutated byte by byte, plus the shapes parsers die on (nesting
 * thousands deep, numbers of a thousand digits, strings of megabytes, impossible dates).
 * Oracles: only a refusal naming what is wrong may come out of bad input; what is answered is
 * one JSON object; no answer is given for a date of birth in the future or over 125 years ago.
 */
final class AdviseFuzz implements FuzzTarget {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Path STDIN = Path.of("(standard input)");
    private static final List<String> SEEDS = List.of(
        """
        {"resident_registered": true, "stay": "period_of_stay", "period_of_stay_ends": "2027-03-31",
         "visa_renewal_pending": false, "visa_renewed_on": null, "date_of_birth": "1995-04-02", "has_form": true,
         "form_id_known": true, "moved_since_form": false, "card": null, "card_lost_or_damaged": false,
         "want_certificates": true, "name_or_address_changed": false, "municipality": "shinjuku"}""",
        """
        {"stay": "permanent", "date_of_birth": "1990-07-07", "card": {"expires": "2026-02-01",
         "certificates_expire": "2026-07-07"}, "card_lost_or_damaged": true, "municipality": "fukuoka"}""",
        """
        {"resident_registered": true, "stay": "period_of_stay", "period_of_stay_ends": "2026-12-01",
         "visa_renewal_pending": true, "date_of_birth": "2011-03-02", "application_submitted": false}""",
        "{}");

    private static final List<String> FIELDS = List.of("resident_registered", "stay", "period_of_stay_ends",
        "visa_renewal_pending", "visa_renewed_on", "date_of_birth", "has_form", "form_id_known", "moved_since_form", "card",
        "card_lost_or_damaged", "want_certificates", "name_or_address_changed", "municipality", "application_submitted");
    private static final List<String> STAYS = List.of("period_of_stay", "permanent", "highly_skilled_professional_ii",
        "special_permanent", "short_term", "tourist", "");
    private static final List<String> MUNICIPALITIES = List.of("shinjuku", "osaka", "fukuoka", "atlantis", "Shinjuku City");

    private final AdviceService advice = new AdviceService(RuleBook.load(), "shinjuku");

    private final Tally tally = new Tally();

    @Override
    public String name() {
        return "advise";
    }

    @Override
    public String tally() {
        return tally.toString();
    }

    @Override
    public Case next(Random random) {
        byte[] seed = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
        String kind;
        byte[] input;
        switch (random.nextInt(8)) {
            case 0 -> {
                int depth = 500 + random.nextInt(20_000);
                kind = "nested " + depth + " deep";
                input = ("{\"card\": " + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                kind = "enormous number";
                input = ("{\"has_form\": " + "9".repeat(1 + random.nextInt(5000)) + (random.nextBoolean() ? "e99999999" : "")
                    + "}").getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                kind = "date";
                String date = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
                String field = random.nextBoolean() ? "date_of_birth" : "visa_renewed_on";
                input = ("{\"" + field + "\": \"" + date + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                kind = "long string";
                input = ("{\"stay\": \"" + "x".repeat(random.nextInt(3_000_000)) + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                kind = "random bytes";
                input = Mutations.randomBytes(random, random.nextInt(200));
            }
            case 5, 6 -> {
                kind = "fields with random values";
                input = situation(random).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                kind = "mutated situation";
                input = Mutations.mutate(random, seed);
            }
        }
        return new Case() {
            @Override
            public String run() {
                return advise(input);
            }

            @Override
            public String describe() {
                return kind + ", " + input.length + " bytes";
            }
        };
    }

    /** A situation of known fields, each absent, of its own type (mostly) or of another; dates anywhere in 0-9999. */
    private static String situation(Random random) {
        StringBuilder json = new StringBuilder("{");
        for (String field : FIELDS) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            int type = random.nextInt(8) == 0 ? random.nextInt(5) : typeOf(field);
            String value = switch (type) {
                case 0 -> random.nextInt(10) == 0 ? "null" : random.nextBoolean() ? "true" : "false";
                case 1 -> "\"" + date(random) + "\"";
                case 2 -> "\"" + STAYS.get(random.nextInt(STAYS.size())) + "\"";
                case 3 -> "{\"expires\": \"" + date(random) + "\", \"certificates_expire\": \"" + date(random) + "\"}";
                default -> "\"" + MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())) + "\"";
            };
            json.append(json.length() > 1 ? ", " : "").append('"').append(field).append("\": ").append(value);
        }
        return json.append('}').toString();
    }

    /** 0 flag, 1 date, 2 stay, 3 card, 4 municipality. */
    private static int typeOf(String field) {
        return switch (field) {
            case "stay" -> 2;
            case "card" -> 3;
            case "municipality" -> 4;
            case "period_of_stay_ends", "visa_renewed_on", "date_of_birth" -> 1;
            default -> 0;
        };
    }

    private static String date(Random random) {
        return random.nextInt(4) == 0 ? String.format("%04d-%02d-%02d", random.nextInt(10_000), 1 + random.nextInt(12),
            1 + random.nextInt(28)) : TODAY.plusDays(random.nextInt(365 * 140) - 365 * 130).toString();
    }

    private String advise(byte[] input) {
        String verdict;
        try {
            verdict = advice.adviseJson(UserFiles.utf8(input, STDIN), TODAY);
        } catch (UserFileException | SituationException e) {
            tally.count(e instanceof UserFileException ? "refused: not UTF-8" : "refused: bad situation");
            return e.getMessage() == null || e.getMessage().isBlank() ? "a refusal without words" : null;
        }
        tally.count("advised");
        try {
            if (!StrictJson.MAPPER.readTree(verdict).isObject()) {
                return "the answer is not one JSON object";
            }
            Situation situation = SituationJson.parse(UserFiles.utf8(input, STDIN));
            LocalDate born = situation.dateOfBirth();
            if (born != null && (born.isAfter(TODAY) || born.isBefore(TODAY.minusYears(125)))) {
                return "answered for a date of birth of " + born;
            }
        } catch (Exception e) {
            return "the answer or its input could not be read back: " + e.getClass().getSimpleName();
        }
        return null;
    }
}
