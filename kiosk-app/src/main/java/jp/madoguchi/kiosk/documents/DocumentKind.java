package jp.madoguchi.kiosk.documents;

import java.util.Arrays;
import java.util.Optional;

/** The printed documents, by the name used in print queues, file names and {@code ./kiosk print}. */
public enum DocumentKind {
    APPLICATION_SUMMARY("application-summary"),
    PHOTO_SHEET("photo-sheet"),
    PHRASE_CARDS("phrase-cards"),
    CHECKLIST("checklist"),
    REISSUE_FORM("reissue-form"),
    /** Staff's printer check (issue 12); no personal data. */
    TEST_PAGE("test-page");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DocumentKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
