package jp.madoguchi.kiosk.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.NeedAdvice;
import jp.madoguchi.kiosk.flow.Session;
import jp.madoguchi.kiosk.flow.SessionSheets;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.local.MunicipalityProfile;
import jp.madoguchi.rules.routes.AfterApplying;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.routes.Route;

/**
 * The documents a resident takes home, chosen by what they came for. After a kiosk application:
 * the application summary, the photo sheet (the same photo for a mail application if the online
 * one is ever refused), the phrase cards and the pickup checklist. For the other needs: the phrase
 * cards and the checklist the rules engine chose.
 */
public final class PdfSessionSheets implements SessionSheets {
    private final Clock clock;
    private final RuleBook book;
    private final MunicipalityProfile municipality;
    /** The rules' advice for the visit after an application: what to bring and decide for pickup. */
    private final NeedAdvice pickup;

    public PdfSessionSheets(Clock clock, CounterAdvice advice) {
        this.clock = clock;
        this.book = advice.book();
        this.municipality = advice.municipality();
        this.pickup = advice.forNeed(Need.PICKUP_PREPARATION);
    }

    /** Whether sheets can carry Japanese (the IPAex Gothic package is installed). */
    public static boolean japaneseFontInstalled() {
        return SheetFonts.japaneseInstalled();
    }

    /**
     * Parses the print fonts ahead of the first resident (about a second on a kiosk PC), so the
     * first print is as quick as the rest; meant for a background thread at start-up.
     */
    public static void warmUp() {
        SheetFonts.warmUp();
    }

    @Override
    public List<PrintJob> sheetsFor(Session session, Optional<NeedAdvice> advice) {
        LocalDate today = LocalDate.now(clock);
        List<Rendered> documents = new ArrayList<>();
        if (session.formId().isPresent() && session.photo().isPresent()) {
            documents.add(Documents.applicationSummary(summary(session, today)));
            documents.add(Documents.photoSheet(new SheetData.PhotoSheet(session.language(), session.photo().get(), today)));
            advice.ifPresent(a -> documents.add(Documents.phraseCards(cards(session, a, today))));
            documents.add(Documents.checklist(pickup(session, today)));
        } else if (advice.isPresent()) {
            documents.add(Documents.phraseCards(cards(session, advice.get(), today)));
            documents.add(Documents.checklist(new SheetData.Checklist(session.language(), advice.get().need(),
                advice.get().checklist(), book.pins(), municipality, advice.get().asOf(), today)));
        }
        return documents.stream().map(d -> new PrintJob(d.kind().id(), d.pdf())).toList();
    }

    SheetData.Summary summary(Session session, LocalDate today) {
        Evidence evidence = new Evidence();
        AfterApplying after = book.afterApplying();
        evidence.use(after.noticeWaitMonthsMin());
        evidence.use(after.noticeWaitMonthsMax());
        evidence.use(after.noticeNonForwarding());
        evidence.use(after.statusInquiryMonths());
        evidence.cite(municipality.provenance().source(), municipality.provenance().asOf());
        return new SheetData.Summary(session.language(), session.formId().orElseThrow().digits(),
            session.confirmation().orElseThrow(), session.dateOfBirth().orElseThrow(), session.brailleName(),
            session.photo().orElseThrow(), session.signatureCertificate(),
            session.userIdentificationCertificate(), Route.C, after, municipality, evidence.asOf(), today);
    }

    static SheetData.PhraseCards cards(Session session, NeedAdvice advice, LocalDate today) {
        return new SheetData.PhraseCards(session.language(), advice.phrases().stream()
            .map(p -> new SheetData.Card(p.text().japanese(), p.text().romaji(), p.meaningFor(session.language())))
            .toList(), advice.asOf(), today);
    }

    private SheetData.Checklist pickup(Session session, LocalDate today) {
        return new SheetData.Checklist(session.language(), Need.PICKUP_PREPARATION, pickup.checklist(), book.pins(),
            municipality, pickup.asOf(), today);
    }
}
