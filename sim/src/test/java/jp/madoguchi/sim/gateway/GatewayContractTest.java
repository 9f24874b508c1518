package jp.madoguchi.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import jp.madoguchi.devices.api.Application;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.Delivery;
import jp.madoguchi.devices.gateway.HttpApplicationGateway;
import jp.madoguchi.devices.spi.GatewayConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real HTTP client against the loopback gateway simulator, over a real socket: every answer of
 * the published contract (docs/gateway-openapi.yaml) and every fault means what the outbox needs.
 */
class GatewayContractTest {
    static final byte[] PHOTO = jpeg();
    final GatewaySimulator sim = GatewaySimulator.start(0, 100, new GatewayFaults(7));
    final List<GatewaySimulator.Stored> stored = new CopyOnWriteArrayList<>();
    final HttpApplicationGateway client = client(1);

    {
        sim.onStored(stored::add);
    }

    HttpApplicationGateway client(int attempts) {
        return new HttpApplicationGateway(new GatewayConfig("http", sim.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(1),
            attempts, Optional.empty(), Optional.empty(), Optional.empty()), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    static Application application(String formId) {
        return new Application(UUID.randomUUID(), formId, LocalDate.of(1995, 4, 2), true, false, true, PHOTO, "kiosk-7",
            Instant.parse("2026-11-24T01:00:00Z"));
    }

    @Test
    void aNewApplicationGetsA201ReceiptAndItsRepeatTheSameReceipt() {
        Application a = application("12345678901234567890123");
        Delivery first = client.deliver(a);
        assertThat(first).isInstanceOfSatisfying(Delivery.Receipt.class, r -> assertThat(r.first()).isTrue());
        Delivery again = client.deliver(a);
        assertThat(again).isEqualTo(new Delivery.Receipt(((Delivery.Receipt) first).receipt(), false));
        assertThat(stored).singleElement().satisfies(s -> {
            assertThat(s.formIdDigits()).isEqualTo("12345678901234567890123");
            assertThat(s.dateOfBirth()).isEqualTo(LocalDate.of(1995, 4, 2));
            assertThat(s.signature()).isTrue();
            assertThat(s.userIdentification()).isFalse();
            assertThat(s.brailleName()).isTrue();
            assertThat(s.photoJpeg()).isEqualTo(PHOTO);
            assertThat(s.kioskId()).isEqualTo("kiosk-7");
        });
        assertThat(client.status().condition()).isEqualTo(DeviceCondition.READY);
    }

    @Test
    void theSameFormIdUnderAnotherKeyIsAConflictNotASecondApplication() {
        client.deliver(application("12345678901234567890123"));
        assertThat(client.deliver(application("12345678901234567890123"))).isEqualTo(new Delivery.Refused("form_id_used"));
        assertThat(stored).hasSize(1);
        assertThat(sim.counts().conflicts()).isEqualTo(1);
    }

    @Test
    void refusalsCarryTheReceiversReason() {
        sim.faults().refuse("99999999999999999999999");
        assertThat(client.deliver(application("99999999999999999999999"))).isEqualTo(new Delivery.Refused("unknown_form_id"));
        Application tinyPhoto = new Application(UUID.randomUUID(), "11111111111111111111111", LocalDate.of(1995, 4, 2), true,
            true, false, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "kiosk-7", Instant.now());
        assertThat(client.deliver(tinyPhoto)).isEqualTo(new Delivery.Refused("photo_refused"));
        assertThat(stored).isEmpty();
    }

    @Test
    void a503IsRetriedAfterItsRetryAfterWithinOneDeliveryAndNothingIsStoredTwice() {
        sim.faults().errors(1);
        Delivery failed = client.deliver(application("22222222222222222222222"));
        assertThat(failed).isInstanceOfSatisfying(Delivery.Retry.class, r -> {
            assertThat(r.why()).isEqualTo("503");
            assertThat(r.after()).isEqualTo(Duration.ofSeconds(1));
        });
        assertThat(client.status().condition()).isEqualTo(DeviceCondition.FAILED);
        sim.faults().clear();
        assertThat(client(3).deliver(application("22222222222222222222222"))).isInstanceOf(Delivery.Receipt.class);
        assertThat(stored).hasSize(1);
    }

    @Test
    void aDroppedAnswerIsRetriedUnderTheSameKeyAndYieldsTheStoredReceipt() {
        sim.faults().drops(1);
        Application a = application("33333333333333333333333");
        assertThat(client.deliver(a)).isInstanceOfSatisfying(Delivery.Retry.class,
            r -> assertThat(r.why()).isEqualTo("connection dropped"));
        assertThat(stored).as("the receiver stored it although the kiosk heard nothing").hasSize(1);
        sim.faults().clear();
        assertThat(client.deliver(a)).isEqualTo(new Delivery.Receipt(stored.get(0).receipt(), false));
    }

    @Test
    void aSlowReceiverTimesOutAndADownOneRefusesTheConnection() {
        sim.faults().slow(1, Duration.ofMillis(1500));
        assertThat(client.deliver(application("44444444444444444444444"))).isInstanceOfSatisfying(Delivery.Retry.class,
            r -> assertThat(r.why()).isEqualTo("timeout"));
        sim.faults().clear();
        sim.down();
        assertThat(client.deliver(application("55555555555555555555555"))).isInstanceOfSatisfying(Delivery.Retry.class,
            r -> assertThat(r.why()).isEqualTo("connection refused"));
        assertThat(client.status().condition()).isEqualTo(DeviceCondition.OFFLINE);
        sim.up();
        assertThat(client.deliver(application("55555555555555555555555"))).isInstanceOf(Delivery.Receipt.class);
        assertThat(client.status().condition()).isEqualTo(DeviceCondition.READY);
    }

    @Test
    void theSimulatorAnswersMalformedRequestsWithTheContractsCodes() throws Exception {
        HttpClient raw = HttpClient.newHttpClient();
        URI applications = URI.create(sim.endpoint() + "applications");
        HttpResponse<String> noKey = raw.send(HttpRequest.newBuilder(applications).POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).contains("missing_idempotency_key");
        HttpResponse<String> junk = raw.send(HttpRequest.newBuilder(applications).header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString("not json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(junk.statusCode()).isEqualTo(400);
        HttpResponse<String> get = raw.send(HttpRequest.newBuilder(applications).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void theSimulatorRemembersOnlyABoundedNumberOfKeys() {
        ReceivedApplications memory = new ReceivedApplications(3);
        for (int i = 0; i < 10; i++) {
            memory.receive(UUID.randomUUID(), String.format("%023d", i));
        }
        assertThat(memory.size()).isEqualTo(3);
    }

    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(413, 531, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
