package jp.madoguchi.devices.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A register entry as the form-issuing service shows it to staff: personal data, held only for
 * the staff member's task and never logged ({@link #toString()} shows none of it).
 *
 * @param code                 the municipality's resident code for the entry
 * @param name                 the name as registered (as on the residence card)
 * @param address              the registered address, as it will be printed on the form
 * @param currentFormLastFour  the last four digits of the form issued before, if one is still valid
 */
public record RegisteredResident(String code, String name, String address, LocalDate dateOfBirth,
                                 Optional<String> currentFormLastFour) {
    public RegisteredResident {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(currentFormLastFour, "currentFormLastFour");
    }

    @Override
    public String toString() {
        return "RegisteredResident[personal data not shown]";
    }
}
