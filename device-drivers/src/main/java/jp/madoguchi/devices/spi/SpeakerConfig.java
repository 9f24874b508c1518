package jp.madoguchi.devices.spi;

/**
 * @param provider "sim" by default (records what was said); "javasound" for the machine's sound output
 * @param volume   0.0 (silent) to 1.0 (as synthesised)
 */
public record SpeakerConfig(String provider, double volume) {
    public static SpeakerConfig from(Settings s) {
        String given = s.get("speaker.volume", "0.8");
        double volume;
        try {
            volume = Double.parseDouble(given);
        } catch (NumberFormatException e) {
            throw new SettingsException("speaker.volume", "is \"" + given + "\"; use a number from 0.0 to 1.0");
        }
        if (!(volume >= 0 && volume <= 1)) {
            throw new SettingsException("speaker.volume", "is " + given + "; use a number from 0.0 to 1.0");
        }
        return new SpeakerConfig(s.get("speaker.provider", "sim"), volume);
    }
}
