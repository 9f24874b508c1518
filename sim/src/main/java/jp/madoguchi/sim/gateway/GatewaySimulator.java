package jp.madoguchi.sim.gateway;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import jp.madoguchi.devices.spi.Listeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiving side, simulated as a real HTTP server on loopback speaking the published contract
 * (docs/gateway-openapi.yaml), so the kiosk's real client runs over a real wire. It keys every
 * application by its Idempotency-Key (a repeat gets the same receipt, a form ID under a second key
 * gets 409), shows switchable {@link GatewayFaults}, and can go {@link #down()} (the port closes:
 * connection refused) and come {@link #up()} again on the same port.
 */
public final class GatewaySimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GatewaySimulator.class);
    /**
     * Keys remembered by default (`./kiosk sim-gateway`): days of a busy kiosk, bounded like a real
     * idempotency window.
     */
    public static final int DEFAULT_MEMORY = 10_000;
    /**
     * Keys remembered by the simulator a kiosk runs for itself ({@code gateway.provider=sim}): far more
     * than one kiosk's retries ever span, and small enough that a 10,000-resident soak stays flat.
     */
    public static final int KIOSK_MEMORY = 1_000;

    /**
     * One application as the simulator stored it, told to listeners (tests check what arrived); the
     * simulator itself keeps only the key, form ID and receipt, and only within its memory.
     */
    public record Stored(java.util.UUID key, String formIdDigits, String receipt, java.time.LocalDate dateOfBirth,
                         boolean signature, boolean userIdentification, boolean brailleName, byte[] photoJpeg,
                         String kioskId, java.time.Instant takenAt) {
        @Override
        public String toString() {
            return "Stored[" + key + ", form ***" + formIdDigits.substring(19) + ", " + receipt + "]";
        }
    }

    private final Optional<SSLContext> tls;
    private final boolean clientCertificates;
    private final GatewayFaults faults;
    private final ReceivedApplications received;
    private final GatewayCounts counts = new GatewayCounts();
    private final Listeners<Stored> stored = new Listeners<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "sim-gateway");
        t.setDaemon(true);
        return t;
    });
    private int port;
    private HttpServer server;

    private GatewaySimulator(int port, int memory, GatewayFaults faults, Optional<SSLContext> tls, boolean clientCertificates) {
        this.port = port;
        this.faults = faults;
        this.received = new ReceivedApplications(memory);
        this.tls = tls;
        this.clientCertificates = clientCertificates;
    }

    /** Plain HTTP on 127.0.0.1:{@code port} (0: any free port). */
    public static GatewaySimulator start(int port, int memory, GatewayFaults faults) {
        GatewaySimulator simulator = new GatewaySimulator(port, memory, faults, Optional.empty(), false);
        simulator.up();
        return simulator;
    }

    /** HTTPS with {@code tls}; with {@code requireClientCertificate}, mutual TLS. */
    public static GatewaySimulator startTls(int port, int memory, GatewayFaults faults, SSLContext tls,
                                            boolean requireClientCertificate) {
        GatewaySimulator simulator = new GatewaySimulator(port, memory, faults, Optional.of(tls), requireClientCertificate);
        simulator.up();
        return simulator;
    }

    /** The base URL to configure as gateway.endpoint. */
    public synchronized String endpoint() {
        return (tls.isPresent() ? "https" : "http") + "://127.0.0.1:" + port + "/";
    }

    public GatewayFaults faults() {
        return faults;
    }

    public GatewayCounts counts() {
        return counts;
    }

    /** Called for every application stored, even when its answer is then dropped. */
    public jp.madoguchi.devices.api.Subscription onStored(Consumer<Stored> listener) {
        return stored.add(listener);
    }

    /**
     * Control: the simulated receiver forgets the keys and form IDs it remembered (tests that look
     * at the kiosk's own memory: the receiver stands for a remote service, J-LIS, whose memory is
     * not the kiosk's).
     */
    public void forgetReceived() {
        received.forget();
    }

    /** Closes the port: the client's connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
            LOG.info("simulated gateway down");
        }
    }

    /** Listens again, on the same port as before. */
    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            HttpServer s = tls.isPresent() ? https(address) : HttpServer.create(address, 64);
            s.createContext("/", new ApplicationsHandler(faults, received, counts, stored));
            s.setExecutor(workers);
            s.start();
            server = s;
            port = s.getAddress().getPort();
            LOG.info("simulated gateway listening on {}", endpoint());
        } catch (IOException e) {
            throw new UncheckedIOException("the simulated gateway cannot listen on port " + port, e);
        }
    }

    private HttpsServer https(InetSocketAddress address) throws IOException {
        HttpsServer s = HttpsServer.create(address, 64);
        s.setHttpsConfigurator(new HttpsConfigurator(tls.get()) {
            @Override
            public void configure(HttpsParameters params) {
                javax.net.ssl.SSLParameters p = getSSLContext().getDefaultSSLParameters();
                p.setNeedClientAuth(clientCertificates);
                params.setSSLParameters(p);
            }
        });
        return s;
    }

    @Override
    public synchronized void close() {
        down();
        workers.shutdownNow();
        try {
            // an exchange still being answered holds its application: closed means finished with it
            workers.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
