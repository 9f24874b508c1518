package jp.madoguchi.kiosk.flow;

/** Told after every change; side effects such as lights and screens react here (pibooth's plugins). */
@FunctionalInterface
public interface FlowListener {
    void changed(FlowSnapshot snapshot);

    /** A session was wiped; the record holds no personal data. */
    default void sessionEnded(SessionEnd end) {
    }

    /** Something to count happened (a photo refused, staff called, an application sent). */
    default void noted(FlowFact fact) {
    }

    /** Staff chose "Exit kiosk": the program should close its window and stop. */
    default void exitRequested() {
    }
}
