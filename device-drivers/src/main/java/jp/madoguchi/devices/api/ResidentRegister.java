package jp.madoguchi.devices.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The municipality's resident register and its application-form issuing service: what staff ask
 * when a resident lost their form (route D). Staff look the resident up, check the residence
 * card in person, and ask for a new application form; the service answers with a new 23-digit
 * Application Form ID that was never issued before, and the form issued before it becomes void.
 * The wire contract a real adapter speaks is in docs/REGISTER.md.
 */
public interface ResidentRegister extends Device {
    @Override
    default DeviceKind kind() {
        return DeviceKind.REGISTER;
    }

    /**
     * Residents registered under {@code name} (letter case, spaces and punctuation ignored, as
     * written on the residence card) and born on {@code born}.
     */
    List<RegisteredResident> find(String name, LocalDate born) throws DeviceUnavailableException;

    /** The resident with this resident code (the municipality's own number for a register entry). */
    Optional<RegisteredResident> byCode(String residentCode) throws DeviceUnavailableException;

    /**
     * Issues a new application form. Staff must have checked the resident's residence card in
     * person first; its number is never sent.
     *
     * @param staffId the staff member asking, for the service's own records
     * @throws RequestRefusedException the service said no (e.g. {@code resident_not_found})
     */
    ReissuedForm reissue(String residentCode, String staffId) throws DeviceUnavailableException, RequestRefusedException;
}
