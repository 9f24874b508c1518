package jp.madoguchi.devices.spi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * @param provider       "sim" by default (a loopback HTTP gateway simulator, reached by the real client);
 *                       "http" for a real receiving side at {@code endpoint}
 * @param endpoint       base URL of the receiving side; applications go to {@code endpoint/applications}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the answer once the application is sent
 * @param attempts       attempts within one delivery (backoff with jitter between them) before the
 *                       outbox schedules the next try
 * @param tlsKey         client private key (PEM, PKCS#8) for mutual TLS, with {@code tlsCertificate}
 * @param tlsCertificate client certificate chain (PEM) for mutual TLS
 * @param tlsCa          CA certificates (PEM) the receiver's certificate must chain to; the JDK's
 *                       trust store when absent
 */
public record GatewayConfig(String provider, String endpoint, Duration connectTimeout, Duration readTimeout,
                            int attempts, Optional<Path> tlsKey, Optional<Path> tlsCertificate, Optional<Path> tlsCa) {
    public static GatewayConfig from(Settings s) {
        GatewayConfig config = new GatewayConfig(s.get("gateway.provider", "sim"), s.get("gateway.endpoint", ""),
            Duration.ofSeconds(s.getInt("gateway.connect.timeout.seconds", 5, 1, 120)),
            Duration.ofSeconds(s.getInt("gateway.read.timeout.seconds", 15, 1, 600)),
            s.getInt("gateway.attempts", 3, 1, 10),
            s.findPath("gateway.tls.key"), s.findPath("gateway.tls.certificate"), s.findPath("gateway.tls.ca"));
        if (config.tlsKey.isPresent() != config.tlsCertificate.isPresent()) {
            throw new SettingsException(config.tlsKey.isPresent() ? "gateway.tls.certificate" : "gateway.tls.key",
                "is missing: mutual TLS needs both the client key and its certificate");
        }
        return config;
    }

    /** The same link at another endpoint (the simulator's loopback address, known once it listens). */
    public GatewayConfig at(String otherEndpoint) {
        return new GatewayConfig(provider, otherEndpoint, connectTimeout, readTimeout, attempts, tlsKey, tlsCertificate, tlsCa);
    }
}
