package jp.madoguchi.devices.sound;

import java.time.Clock;
import jp.madoguchi.devices.api.Speaker;
import jp.madoguchi.devices.spi.SpeakerConfig;
import jp.madoguchi.devices.spi.SpeakerProvider;

/** {@code speaker.provider=javasound}: the machine's default sound output. */
public final class JavaSoundSpeakerProvider implements SpeakerProvider {
    @Override
    public String id() {
        return "javasound";
    }

    @Override
    public Speaker open(SpeakerConfig config) {
        return new JavaSoundSpeaker(config.volume(), Clock.systemUTC());
    }
}
