package jp.madoguchi.kiosk.flow;

import java.util.List;
import jp.madoguchi.devices.api.PrintJob;

/** Makes the sheets a resident takes home from their session (implemented with PDFBox). */
public interface SessionSheets {
    List<PrintJob> sheetsFor(Session session);
}
