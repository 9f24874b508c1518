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

    /** A listener for the sessions' ends only (benches and scenario runs keep them to check outcomes). */
    static FlowListener onSessionEnd(java.util.function.Consumer<SessionEnd> ended) {
        return new FlowListener() {
            @Override
            public void changed(FlowSnapshot snapshot) {
            }

            @Override
            public void sessionEnded(SessionEnd end) {
                ended.accept(end);
            }
        };
    }
}
