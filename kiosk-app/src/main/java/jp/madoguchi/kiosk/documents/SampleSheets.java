package jp.madoguchi.kiosk.documents;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.CounterAdvice;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.flow.NeedAdvice;
import jp.madoguchi.rules.RuleBook;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.local.MunicipalityProfile;
import jp.madoguchi.rules.routes.Route;

/**
 * A built-in sample resident for {@code ./kiosk print --sample}, tests and benchmarks. The photo
 * is drawn here (a plain head-and-shoulders figure on a light background, 4:3 like a camera
 * frame) so no real person's picture ships with the kiosk.
 */
public final class SampleSheets {
    public static final String FORM_ID = "12345678901234567890123";
    public static final String REISSUED_FORM_ID = "98765432109876543210987";

    private final RuleBook book;
    private final MunicipalityProfile town;
    private final CounterAdvice advice;
    private final LocalDate today;

    public SampleSheets(RuleBook book, String municipality, LocalDate today) {
        this.book = book;
        this.town = book.municipalities().find(municipality).orElseThrow();
        this.advice = new CounterAdvice(book, municipality);
        this.today = today;
    }

    public SheetData.Summary summary(Language language) {
        return new SheetData.Summary(language, FORM_ID, new jp.madoguchi.kiosk.flow.Confirmation.Sent("R-00000001-3F2A"),
            LocalDate.of(1995, 4, 2), false, photo(), true, false, Route.C,
            book.afterApplying(), town, town.provenance().asOf(), today);
    }

    public SheetData.PhotoSheet photoSheet(Language language) {
        return new SheetData.PhotoSheet(language, photo(), today);
    }

    public SheetData.PhraseCards phraseCards(Language language) {
        NeedAdvice lost = advice.forNeed(Need.LOST_FORM);
        NeedAdvice visa = advice.forNeed(Need.VISA_RENEWED);
        var cards = java.util.stream.Stream.concat(lost.phrases().stream(), visa.phrases().stream())
            .map(p -> new SheetData.Card(p.text().japanese(), p.text().romaji(), p.meaningFor(language))).toList();
        return new SheetData.PhraseCards(language, cards, lost.asOf(), today);
    }

    public SheetData.Checklist checklist(Language language) {
        NeedAdvice pickup = advice.forNeed(Need.PICKUP_PREPARATION);
        return new SheetData.Checklist(language, Need.PICKUP_PREPARATION, pickup.checklist(), book.pins(), town,
            pickup.asOf(), today);
    }

    public SheetData.ReissueForm reissueForm(Language language) {
        return new SheetData.ReissueForm(language, REISSUED_FORM_ID, "NGUYEN VAN AN",
            "東京都新宿区百人町九丁目99番9号 まどぐちハイツ305", LocalDate.of(1995, 4, 2), town, today);
    }

    public SheetData.TestPage testPage(Language language) {
        return new SheetData.TestPage(language, today.atTime(9, 0).atZone(java.time.ZoneId.systemDefault()).toInstant(),
            java.util.List.of("camera: ready", "code scanner: ready", "printer: ready"));
    }

    /** The sample camera frame: 640 x 480, the figure centred, as the simulated camera frames a face. */
    public static BufferedImage photo() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(236, 240, 244), 0, 480, new Color(214, 220, 228)));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(52, 72, 110));
        g.fill(new RoundRectangle2D.Float(190, 360, 260, 200, 120, 120));
        g.setColor(new Color(224, 186, 150));
        g.fillRect(295, 300, 50, 70);
        g.fill(new Ellipse2D.Float(250, 110, 140, 190));
        g.setColor(new Color(40, 30, 25));
        g.fill(new Ellipse2D.Float(245, 90, 150, 80));
        g.fill(new Ellipse2D.Float(285, 190, 14, 9));
        g.fill(new Ellipse2D.Float(341, 190, 14, 9));
        g.setColor(new Color(170, 90, 80));
        g.fillRect(300, 255, 40, 5);
        g.dispose();
        return image;
    }
}
