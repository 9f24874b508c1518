package jp.madoguchi.kiosk.flow;

/** Told after every change; side effects such as lights and screens react here (pibooth's plugins). */
@FunctionalInterface
public interface FlowListener {
    void changed(FlowSnapshot snapshot);

    /** A session was wiped; the record holds no personal data. */
    default void sessionEnded(SessionEnd end) {
    }
}
