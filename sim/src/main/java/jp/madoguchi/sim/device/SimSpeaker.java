package jp.madoguchi.sim.device;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Speaker;
import jp.madoguchi.devices.api.Speech;

/** A speaker that plays nothing and remembers everything it was asked to say, in order. */
public final class SimSpeaker extends SimulatedDevice implements Speaker {
    private final List<Speech> said = new ArrayList<>();
    private final List<Consumer<Speech>> listeners = new CopyOnWriteArrayList<>();

    public SimSpeaker(Clock clock) {
        super(DeviceKind.SPEAKER, clock);
    }

    @Override
    public synchronized void say(Speech speech) throws DeviceUnavailableException {
        requireReady("say");
        said.add(speech);
        record("said (" + speech.language() + ", " + speech.wav().length + " bytes): " + speech.text());
        listeners.forEach(l -> l.accept(speech));
    }

    /** Tells {@code listener} of each thing said, as it is said (tests wait on this, never sleep). */
    public void onSaid(Consumer<Speech> listener) {
        listeners.add(listener);
    }

    @Override
    public void stop() {
        record("stopped");
    }

    /** Everything said so far. */
    public synchronized List<Speech> said() {
        return List.copyOf(said);
    }
}
