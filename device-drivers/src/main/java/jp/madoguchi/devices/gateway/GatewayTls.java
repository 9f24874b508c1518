package jp.madoguchi.devices.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.devices.spi.SettingsException;

/**
 * Mutual TLS from PEM files, as a municipality's network team hands them out: the kiosk's private
 * key (PKCS#8, "BEGIN PRIVATE KEY", RSA or EC), its certificate chain, and the CA the receiver's
 * certificate must chain to. Without any of them the JDK's defaults apply.
 */
final class GatewayTls {
    private static final char[] IN_MEMORY = new char[0];

    private GatewayTls() {
    }

    static Optional<SSLContext> context(GatewayConfig config) {
        if (config.tlsKey().isEmpty() && config.tlsCa().isEmpty()) {
            return Optional.empty();
        }
        try {
            KeyManagerFactory keys = null;
            if (config.tlsKey().isPresent()) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                List<? extends Certificate> chain = certificates("gateway.tls.certificate", config.tlsCertificate().orElseThrow());
                store.setKeyEntry("kiosk", privateKey(config.tlsKey().get()), IN_MEMORY, chain.toArray(Certificate[]::new));
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, IN_MEMORY);
            }
            TrustManagerFactory trust = null;
            if (config.tlsCa().isPresent()) {
                KeyStore cas = KeyStore.getInstance("PKCS12");
                cas.load(null, null);
                int i = 0;
                for (Certificate ca : certificates("gateway.tls.ca", config.tlsCa().get())) {
                    cas.setCertificateEntry("ca" + i++, ca);
                }
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(cas);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return Optional.of(context);
        } catch (GeneralSecurityException | IOException e) {
            throw new SettingsException("gateway.tls.*", "cannot be used: " + e.getMessage());
        }
    }

    private static List<? extends Certificate> certificates(String key, Path file) {
        try {
            List<? extends Certificate> found = List.copyOf(CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file))));
            if (found.isEmpty()) {
                throw new SettingsException(key, "names " + file + ", which holds no PEM certificate");
            }
            return found;
        } catch (IOException | GeneralSecurityException e) {
            throw new SettingsException(key, "names " + file + ", which cannot be read as PEM certificates: " + e.getMessage());
        }
    }

    private static PrivateKey privateKey(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new SettingsException("gateway.tls.key", "names " + file + ", which cannot be read: " + e.getMessage());
        }
        int start = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (start < 0 || end < start) {
            throw new SettingsException("gateway.tls.key", "names " + file
                + ", which holds no unencrypted PKCS#8 key (\"BEGIN PRIVATE KEY\"; convert with openssl pkcs8 -topk8 -nocrypt)");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(start + 27, end));
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException tryNext) {
                // not this algorithm
            }
        }
        throw new SettingsException("gateway.tls.key", "names " + file + ", whose key is not RSA, EC or Ed25519");
    }
}
