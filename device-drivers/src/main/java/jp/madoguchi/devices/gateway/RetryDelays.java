package jp.madoguchi.devices.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between attempts: exponential (first, 2 x first, 4 x first, ... up to a ceiling) with
 * "equal jitter" (half the wait fixed, half random), so that many kiosks that lost the receiver at
 * the same moment do not all come back at the same moment.
 */
final class RetryDelays {
    private final long firstMillis;
    private final long maxMillis;

    RetryDelays(Duration first, Duration max) {
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
    }

    /** The wait after attempt number {@code attempt} (1 for the first) has failed. */
    Duration next(int attempt) {
        long ceiling = Math.min(maxMillis, firstMillis << Math.min(20, Math.max(0, attempt - 1)));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** A Retry-After header: delay-seconds or an HTTP-date (RFC 9110 10.2.3); nonsense is ignored. */
    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 86_400)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
