package jp.madoguchi.devices.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.ResidentRegister;
import jp.madoguchi.devices.spi.RegisterConfig;
import jp.madoguchi.devices.spi.SettingsException;
import org.junit.jupiter.api.Test;

/** register.provider=http: configuration mistakes named in plain words; a service that is not there is OFFLINE. */
class HttpRegisterProviderTest {
    @Test
    void aMissingOrWrongEndpointNamesTheKey() {
        HttpRegisterProvider provider = new HttpRegisterProvider();
        assertThatThrownBy(() -> provider.open(new RegisterConfig("http", ""))).isInstanceOf(SettingsException.class)
            .hasMessageContaining("register.endpoint");
        assertThatThrownBy(() -> provider.open(new RegisterConfig("http", "ftp://register.example")))
            .hasMessageContaining("must start with http:// or https://");
    }

    @Test
    void aServiceNobodyAnswersForIsOfflineAndSaysSo() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort(); // free again once closed: nothing listens there
        }
        try (ResidentRegister register = new HttpRegisterProvider().open(new RegisterConfig("http", "http://127.0.0.1:" + port + "/"))) {
            assertThatThrownBy(() -> register.find("KIM MINJUN", LocalDate.of(1988, 7, 30)))
                .isInstanceOf(DeviceUnavailableException.class).hasMessage("the register cannot be reached");
            assertThat(register.status().condition()).isEqualTo(DeviceCondition.OFFLINE);
        }
    }
}
