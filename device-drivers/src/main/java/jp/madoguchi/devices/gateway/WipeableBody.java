package jp.madoguchi.devices.gateway;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request body handed to java.net.http without a copy: the client reads the caller's array,
 * which the caller overwrites once the exchange is over. {@code BodyPublishers.ofByteArray} copies
 * the array into 16 KB buffers instead, and the JDK's HTTP/1.1 connection keeps the exchange that
 * opened it (its connect-timer event) for as long as it stays in the pool, so the first
 * application's form ID and date of birth outlived the session in that copy (the privacy test's
 * heap dump named the chain: ConnectionPool -> PlainHttpConnection.connectTimerEvent -> Exchange).
 */
final class WipeableBody implements Flow.Publisher<ByteBuffer> {
    private final byte[] body;

    private WipeableBody(byte[] body) {
        this.body = body;
    }

    /** A publisher of {@code body} itself, of fixed length; wipe {@code body} after the exchange. */
    static HttpRequest.BodyPublisher of(byte[] body) {
        return HttpRequest.BodyPublishers.fromPublisher(new WipeableBody(body), body.length);
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        AtomicBoolean done = new AtomicBoolean();
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                if (n <= 0) {
                    if (done.compareAndSet(false, true)) {
                        subscriber.onError(new IllegalArgumentException("non-positive request: " + n));
                    }
                } else if (done.compareAndSet(false, true)) {
                    // a fresh view per subscription: a retried request reads the array from its start
                    subscriber.onNext(ByteBuffer.wrap(body));
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                done.set(true);
            }
        });
    }
}
