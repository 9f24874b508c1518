package jp.madoguchi.kiosk.flow;

import java.util.List;
import jp.madoguchi.devices.api.PrintJob;

/** Makes the sheets a resident takes home from their session (implemented with PDFBox). */
public interface SessionSheets {
    /** @param advice the rules engine's advice for the session's need (phrase cards, checklist) */
    List<PrintJob> sheetsFor(Session session, java.util.Optional<NeedAdvice> advice);
}
