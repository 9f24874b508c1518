package jp.madoguchi.kiosk.speech;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Speaker;
import jp.madoguchi.devices.api.Speech;
import jp.madoguchi.kiosk.flow.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads text aloud in a resident's language: synthesises it with the language's voice on its own
 * thread (never the UI's) and hands it to the speaker. The newest request wins: text still waiting
 * when the resident has moved on is dropped. A language without a voice is never read in another.
 * Logs say which language failed, never the words (they may be personal).
 */
public final class Narrator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Narrator.class);

    private final Speaker speaker;
    private final ExecutorService synthesis = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "narrator");
        t.setDaemon(true);
        return t;
    });
    private Future<?> pending;

    public Narrator(Speaker speaker) {
        this.speaker = speaker;
    }

    /** Starts reading {@code text} (easy Japanese with its furigana notation: the voice picks kanji or readings) in {@code language}. */
    public synchronized void read(String text, Language language) {
        if (pending != null) {
            pending.cancel(false);
        }
        speaker.stop();
        pending = synthesis.submit(() -> say(text, language));
    }

    private void say(String text, Language language) {
        Voice voice = Voices.of(language).orElse(null);
        if (voice == null || text.isBlank()) {
            return;
        }
        try {
            speaker.say(new Speech(voice.words(text), language.code(), voice.wav(text)));
        } catch (IOException e) {
            LOG.warn("could not synthesise speech in {}: {}", language.code(), e.getMessage());
        } catch (DeviceUnavailableException e) {
            LOG.warn("speaker not ready: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        synthesis.shutdownNow();
        speaker.close();
    }
}
