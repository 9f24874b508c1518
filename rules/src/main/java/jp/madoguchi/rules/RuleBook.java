package jp.madoguchi.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.madoguchi.rules.data.RuleData;
import jp.madoguchi.rules.data.RuleDataException;
import jp.madoguchi.rules.data.RuleSource;
import jp.madoguchi.rules.eligibility.EligibilityRules;
import jp.madoguchi.rules.eligibility.IntegratedCard;
import jp.madoguchi.rules.fees.FeeSchedule;
import jp.madoguchi.rules.local.Municipalities;
import jp.madoguchi.rules.phrases.PhraseBook;
import jp.madoguchi.rules.pin.PinRules;
import jp.madoguchi.rules.routes.AfterApplying;
import jp.madoguchi.rules.routes.Checklists;
import jp.madoguchi.rules.routes.RouteRules;
import jp.madoguchi.rules.validity.ValidityRules;

/**
 * Every rule figure the kiosk uses, loaded once at start-up from the data files in
 * {@code jp/madoguchi/rules/data/} (one file per section, every figure with its source and "as of"
 * date) and validated there, so bad data stops the kiosk before a resident sees it.
 *
 * <h2>Configuration overrides</h2>
 * A municipality changes any value without a code change by passing flat {@code key=value} pairs
 * to {@link #load(Map)}:
 * <ul>
 *   <li>The key is {@code <section>.<field>[.<field>...]}. The section is a data file's name without
 *       {@code .json}: {@code eligibility}, {@code validity}, {@code fees}, {@code pins}, {@code routes},
 *       {@code checklists}, {@code after_applying}, {@code integrated_card}, {@code phrases},
 *       {@code municipality}. Fields follow the file's JSON; a number is a list index.</li>
 *   <li>A key naming a figure sets its value: {@code fees.card_reissue_yen=1000}. Its source then reads
 *       "local configuration (fees.card_reissue_yen)" unless {@code fees.card_reissue_yen.source=...}
 *       is given too; set {@code fees.card_reissue_yen.as_of=YYYY-MM-DD} to date the local figure.</li>
 *   <li>Other values are set directly: {@code municipality.fukuoka.support_lines.0.phone=092-000-0000},
 *       {@code phrases.APPLY.text.en=...}, {@code municipality.osaka.pickup_reservation_required=true}.</li>
 *   <li>The value takes the type of the value it replaces: a whole number, {@code true}/{@code false},
 *       text, or a comma-separated list where the data holds a list of text
 *       ({@code checklists.pickup=ISSUANCE_NOTICE,RESERVE_PICKUP}).</li>
 *   <li>An unknown key, or a value of the wrong type or out of range, fails {@link #load(Map)} with a
 *       {@link RuleDataException} naming the key. Keys can change values, not add new entries.</li>
 * </ul>
 */
public record RuleBook(
    EligibilityRules eligibility,
    IntegratedCard integratedCard,
    ValidityRules validity,
    FeeSchedule fees,
    PinRules pins,
    RouteRules routes,
    Checklists checklists,
    AfterApplying afterApplying,
    PhraseBook phrases,
    Municipalities municipalities,
    LocalDate asOf,
    List<String> sources) {

    static final List<String> SECTIONS = List.of("eligibility", "integrated_card", "validity", "fees", "pins",
        "routes", "checklists", "after_applying", "phrases", "municipality");

    /** The shipped rules, unchanged. */
    public static RuleBook load() {
        return load(Map.of());
    }

    /** The shipped rules with a municipality's overrides (key scheme above). */
    public static RuleBook load(Map<String, String> overrides) {
        return load(overrides, RuleSource.shipped());
    }

    static RuleBook load(Map<String, String> overrides, RuleSource source) {
        RuleData data = RuleData.load(source, SECTIONS, overrides);
        EligibilityRules eligibility = EligibilityRules.read(data.root("eligibility"));
        IntegratedCard integratedCard = IntegratedCard.read(data.root("integrated_card"));
        ValidityRules validity = ValidityRules.read(data.root("validity"));
        FeeSchedule fees = FeeSchedule.read(data.root("fees"));
        PinRules pins = PinRules.read(data.root("pins"));
        RouteRules routes = RouteRules.read(data.root("routes"));
        Checklists checklists = Checklists.read(data.root("checklists"));
        AfterApplying afterApplying = AfterApplying.read(data.root("after_applying"));
        PhraseBook phrases = PhraseBook.read(data.root("phrases"));
        Municipalities municipalities = Municipalities.read(data.root("municipality"));
        return new RuleBook(eligibility, integratedCard, validity, fees, pins, routes, checklists, afterApplying,
            phrases, municipalities, data.loaded().asOf(), data.loaded().sources());
    }
}
