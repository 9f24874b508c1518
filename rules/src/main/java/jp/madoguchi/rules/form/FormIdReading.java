package jp.madoguchi.rules.form;

/** The outcome of reading a payload: an accepted ID, or a refusal with its reason. Never an exception. */
public sealed interface FormIdReading {

    record Accepted(ApplicationFormId id) implements FormIdReading {
    }

    record Refused(FormIdRefusal reason) implements FormIdReading {
    }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
