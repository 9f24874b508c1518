package jp.madoguchi.devices.sound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Speaker;
import jp.madoguchi.devices.api.Speech;
import jp.madoguchi.devices.spi.ReportingDevice;

/**
 * The machine's sound output through javax.sound: one speech at a time on its own thread, each
 * sample scaled to the configured volume (a mixer's gain control is not on every machine). A
 * machine without a sound output reports the speaker OFFLINE; a line that fails mid-sentence too.
 */
public final class JavaSoundSpeaker extends ReportingDevice implements Speaker {
    private final double volume;
    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "speaker");
        t.setDaemon(true);
        return t;
    });
    private Future<?> playing;
    private volatile SourceDataLine line;

    public JavaSoundSpeaker(double volume, Clock clock) {
        super(DeviceKind.SPEAKER, hasOutput() ? DeviceCondition.READY : DeviceCondition.OFFLINE, clock);
        this.volume = volume;
    }

    @Override
    public String description() {
        return "javasound (volume " + volume + ")";
    }

    @Override
    public synchronized void say(Speech speech) throws DeviceUnavailableException {
        if (!status().ready()) {
            throw new DeviceUnavailableException(status(), "no sound output");
        }
        stop();
        playing = player.submit(() -> play(speech.wav()));
    }

    @Override
    public synchronized void stop() {
        if (playing != null) {
            playing.cancel(true);
        }
        SourceDataLine now = line;
        if (now != null) {
            now.stop();
            now.flush();
        }
    }

    private void play(byte[] wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            try (SourceDataLine out = AudioSystem.getSourceDataLine(format)) {
                line = out;
                out.open(format);
                out.start();
                byte[] buffer = new byte[4096];
                for (int n = in.read(buffer); n > 0 && !Thread.currentThread().isInterrupted(); n = in.read(buffer)) {
                    Pcm.scale(buffer, n, volume, format.isBigEndian());
                    out.write(buffer, 0, n);
                }
                out.drain();
            } finally {
                line = null;
            }
        } catch (LineUnavailableException | IllegalArgumentException e) {
            report(DeviceCondition.OFFLINE);
        } catch (IOException | UnsupportedAudioFileException e) {
            report(DeviceCondition.FAILED);
        }
    }

    static boolean hasOutput() {
        try {
            return AudioSystem.getSourceLineInfo(new javax.sound.sampled.Line.Info(SourceDataLine.class)).length > 0
                && AudioSystem.getMixerInfo().length > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        stop();
        player.shutdownNow();
    }
}
