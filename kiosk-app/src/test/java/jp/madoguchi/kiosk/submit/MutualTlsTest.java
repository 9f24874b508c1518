package jp.madoguchi.kiosk.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import jp.madoguchi.devices.api.Application;
import jp.madoguchi.devices.api.Delivery;
import jp.madoguchi.devices.gateway.HttpGatewayProvider;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.sim.gateway.GatewayFaults;
import jp.madoguchi.sim.gateway.GatewaySimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutual TLS by configuration: the real client with the kiosk's PEM key and certificate and the
 * receiver's CA reaches an HTTPS receiver that demands a client certificate; without its own
 * certificate it is turned away and nothing is stored. Certificates are made here with openssl.
 */
public class MutualTlsTest {
    @TempDir
    Path dir;

    @Test
    void theKioskProvesItselfWithItsCertificateAndTheReceiverWithItsCa() throws Exception {
        SystemPart.require(openssl("version"), "openssl (to make test certificates)", "openssl");
        makeCertificates();
        try (GatewaySimulator receiver = GatewaySimulator.startTls(0, 10, new GatewayFaults(1), serverContext(), true)) {
            Application application = new Application(UUID.randomUUID(), "12345678901234567890123", LocalDate.of(1995, 4, 2),
                true, true, false, jpegOf(30_000), "kiosk-7", Instant.now());
            GatewayConfig withCertificate = new GatewayConfig("http", receiver.endpoint(), Duration.ofSeconds(3),
                Duration.ofSeconds(3), 1, Optional.of(dir.resolve("client.key")), Optional.of(dir.resolve("client.crt")),
                Optional.of(dir.resolve("ca.crt")));
            assertThat(receiver.endpoint()).startsWith("https://");
            assertThat(new HttpGatewayProvider().open(withCertificate).deliver(application)).isInstanceOf(Delivery.Receipt.class);

            GatewayConfig withoutCertificate = new GatewayConfig("http", receiver.endpoint(), Duration.ofSeconds(3),
                Duration.ofSeconds(3), 1, Optional.empty(), Optional.empty(), Optional.of(dir.resolve("ca.crt")));
            Application another = new Application(UUID.randomUUID(), "22345678901234567890123", LocalDate.of(1995, 4, 2),
                true, true, false, jpegOf(30_000), "kiosk-7", Instant.now());
            assertThat(new HttpGatewayProvider().open(withoutCertificate).deliver(another)).isInstanceOf(Delivery.Retry.class);
            assertThat(receiver.counts().created()).isEqualTo(1);
        }
    }

    private void makeCertificates() throws Exception {
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=test-ca");
        for (String who : List.of("server", "client")) {
            run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", who + ".key", "-out", who + ".csr", "-subj", "/CN=" + who);
            run("x509", "-req", "-in", who + ".csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", who + ".crt",
                "-days", "2", "-extfile", "san.ext");
        }
        run("pkcs12", "-export", "-in", "server.crt", "-inkey", "server.key", "-out", "server.p12", "-passout", "pass:test");
    }

    private SSLContext serverContext() throws Exception {
        char[] password = "test".toCharArray();
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(dir.resolve("server.p12").toFile())) {
            server.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(server, password);
        KeyStore cas = KeyStore.getInstance("PKCS12");
        cas.load(null, null);
        try (InputStream in = Files.newInputStream(dir.resolve("ca.crt"))) {
            cas.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(cas);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private void run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    private static boolean openssl(String arg) {
        try {
            Process p = new ProcessBuilder("openssl", arg).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Enough of a JPEG for the receiver's checks (start-of-image marker, at least 20 KB). */
    public static byte[] jpegOf(int size) {
        byte[] jpeg = new byte[size];
        new java.util.Random(1).nextBytes(jpeg);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        return jpeg;
    }
}
