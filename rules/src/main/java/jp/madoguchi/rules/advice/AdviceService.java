package jp.madoguchi.rules.advice;

import java.time.LocalDate;
import jp.madoguchi.rules.RuleBook;

/**
 * The one entry point for {@code ./kiosk advise}: situation JSON in, verdict JSON out. Pure (no
 * files, no streams, no clock), so the command only reads its input, passes {@code --today} and
 * prints the result, or on {@link SituationException} prints the message to stderr and exits 2.
 */
public final class AdviceService {
    private final Advisor advisor;

    /** @param municipality the kiosk's configured municipality id, used when a situation names none */
    public AdviceService(RuleBook book, String municipality) {
        this.advisor = new Advisor(book, municipality);
    }

    public String adviseJson(String situationJson, LocalDate today) throws SituationException {
        return VerdictJson.write(advise(SituationJson.parse(situationJson), today));
    }

    /**
     * Like {@link Advisor#advise} but reports an unknown municipality and impossible dates (a
     * date of birth in the future or over 125 years ago) as bad input, naming the field.
     */
    public Verdict advise(Situation situation, LocalDate today) throws SituationException {
        SituationDates.check(situation, today);
        String municipality = situation.municipality();
        if (municipality != null && advisor.book().municipalities().find(municipality).isEmpty()) {
            throw new SituationException("municipality", "unknown municipality '" + municipality
                + "' (known: " + String.join(", ", advisor.book().municipalities().ids().stream().sorted().toList()) + ")");
        }
        return advisor.advise(situation, today);
    }

    public Guidance guidanceFor(Need need) {
        return advisor.guidanceFor(need);
    }
}
