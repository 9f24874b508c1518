package jp.madoguchi.devices.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.Speech;
import org.junit.jupiter.api.Test;

class JavaSoundSpeakerTest {
    @Test
    void volumeScalesEverySampleAndKeepsItsSign() {
        byte[] little = {(byte) 0x00, (byte) 0x40, (byte) 0x00, (byte) 0xC0}; // +16384, -16384
        Pcm.scale(little, little.length, 0.5, false);
        assertThat(little).containsExactly((byte) 0x00, (byte) 0x20, (byte) 0x00, (byte) 0xE0); // +8192, -8192
        byte[] big = {(byte) 0x40, (byte) 0x00};
        Pcm.scale(big, big.length, 0.25, true);
        assertThat(big).containsExactly((byte) 0x10, (byte) 0x00);
    }

    @Test
    void aMachineWithoutSoundOutputHasItsSpeakerOfflineAndRefusesToSpeak() throws Exception {
        try (JavaSoundSpeaker speaker = new JavaSoundSpeaker(0.8, Clock.systemUTC())) {
            if (JavaSoundSpeaker.hasOutput()) {
                assertThat(speaker.status().condition()).isEqualTo(DeviceCondition.READY);
                return; // a machine with a sound card: nothing to refuse
            }
            assertThat(speaker.status().condition()).isEqualTo(DeviceCondition.OFFLINE);
            assertThatThrownBy(() -> speaker.say(new Speech("hello", "en", new byte[44])))
                .isInstanceOf(DeviceUnavailableException.class);
        }
    }
}
