package jp.madoguchi.kiosk.files;

import java.nio.file.Path;

/**
 * A file a user named that cannot be used, said in plain words: which file (as they typed it)
 * and what is wrong with it. {@link #code()} is a stable reason for JSON output.
 */
public final class UserFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong, as a stable code and the words that explain it. */
    public enum Problem {
        NOT_FOUND("file_not_found", "not found"),
        IS_DIRECTORY("is_directory", "is a directory, not a file"),
        NOT_READABLE("not_readable", "cannot be read (permission denied)"),
        TOO_LARGE("too_large", "is too large"),
        NOT_UTF8("not_utf8", "is not UTF-8 text"),
        BAD_SYNTAX("bad_syntax", "is not valid"),
        UNREADABLE("unreadable", "cannot be read");

        private final String code;
        private final String words;

        Problem(String code, String words) {
            this.code = code;
            this.words = words;
        }

        public String code() {
            return code;
        }

        public String words() {
            return words;
        }
    }

    private final transient Path file;
    private final Problem problem;

    public UserFileException(Path file, Problem problem, String detail) {
        super(file + ": " + problem.words() + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    public String code() {
        return problem.code();
    }
}
