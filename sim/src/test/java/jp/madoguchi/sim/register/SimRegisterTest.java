package jp.madoguchi.sim.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.RegisteredResident;
import jp.madoguchi.devices.api.ReissuedForm;
import jp.madoguchi.devices.api.RequestRefusedException;
import jp.madoguchi.sim.device.SimRegister;
import org.junit.jupiter.api.Test;

/**
 * The register's HTTP client (device-drivers) against the simulated form-issuing service on
 * loopback: the contract of docs/REGISTER.md, end to end over a real socket.
 */
class SimRegisterTest {
    @Test
    void staffFindTheResidentByNameAndBirthdayInAnyWordOrderOrByCode() throws Exception {
        try (SimRegister register = new SimRegister(new FormLedger(new Random(1)), Clock.systemUTC())) {
            assertThat(register.find("van an nguyen", LocalDate.of(1995, 4, 2))).singleElement()
                .satisfies(r -> {
                    assertThat(r.code()).isEqualTo("20260001");
                    assertThat(r.address()).contains("百人町");
                    assertThat(r.currentFormLastFour()).hasValueSatisfying(last -> assertThat(last).matches("[0-9]{4}"));
                });
            assertThat(register.find("NGUYEN VAN AN", LocalDate.of(1995, 4, 3))).as("the birthday decides").isEmpty();
            assertThat(register.byCode("20260004")).map(RegisteredResident::name).contains("KIM MINJUN");
            assertThat(register.byCode("99999999")).isEmpty();
            assertThat(register.status().condition()).isEqualTo(DeviceCondition.READY);
        }
    }

    @Test
    void aReissueVoidsTheFormBeforeItAndNoIdIsEverIssuedTwice() throws Exception {
        FormLedger ledger = new FormLedger(new Random(2));
        try (SimRegister register = new SimRegister(ledger, Clock.systemUTC())) {
            String first = ledger.current("20260003").orElseThrow();
            Set<String> issued = new HashSet<>(Set.of(first));
            String previous = first;
            for (int i = 0; i < 40; i++) {
                ReissuedForm form = register.reissue("20260003", "0042");
                assertThat(form.voidedLastFour()).contains(previous.substring(19));
                assertThat(ledger.status(previous)).isEqualTo(FormLedger.Status.VOIDED);
                assertThat(ledger.status(form.formIdDigits())).isEqualTo(FormLedger.Status.ISSUED);
                assertThat(issued.add(form.formIdDigits())).as("never issued before").isTrue();
                previous = form.formIdDigits();
            }
            assertThatThrownBy(() -> register.reissue("99999999", "0042")).isInstanceOf(RequestRefusedException.class)
                .extracting(e -> ((RequestRefusedException) e).reason()).isEqualTo("resident_not_found");
            assertThat(register.service().log()).as("no names, codes or IDs in the service's log")
                .noneMatch(line -> line.matches(".*[0-9]{4,}.*") || line.contains("NGUYEN"));
        }
    }

    @Test
    void aServiceThatIsDownIsADeviceFaultStaffSeeAndItRecovers() throws Exception {
        try (SimRegister register = new SimRegister(new FormLedger(new Random(3)), Clock.systemUTC())) {
            register.byCode("20260001");
            register.service().down(true);
            assertThatThrownBy(() -> register.byCode("20260001")).isInstanceOf(DeviceUnavailableException.class);
            assertThat(register.status().condition()).isEqualTo(DeviceCondition.FAILED);
            register.service().down(false);
            assertThat(register.byCode("20260001")).isPresent();
            assertThat(register.status().condition()).isEqualTo(DeviceCondition.READY);
        }
    }
}
