package jp.madoguchi.kiosk.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.rules.RuleBook;
import org.junit.jupiter.api.Test;

class SheetSamplesDump {
    @Test
    void dump() throws Exception {
        Path out = Path.of(System.getProperty("dump.dir", "target/sheets"));
        Files.createDirectories(out);
        SampleSheets samples = new SampleSheets(RuleBook.load(), "shinjuku", LocalDate.of(2026, 11, 24));
        for (Language l : Language.values()) {
            for (Rendered r : new Rendered[] {Documents.applicationSummary(samples.summary(l)), Documents.photoSheet(samples.photoSheet(l)),
                Documents.phraseCards(samples.phraseCards(l)), Documents.checklist(samples.checklist(l)), Documents.reissueForm(samples.reissueForm(l))}) {
                Files.write(out.resolve(r.kind().id() + "-" + l.code() + ".pdf"), r.pdf());
                System.out.println(r.kind() + " " + l + " " + r.pdf().length + " missing=" + r.missingGlyphs());
            }
        }
    }
}
