package jp.madoguchi.kiosk.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.kiosk.text.Ruby;

/**
 * Speech synthesis with espeak-ng (Debian package espeak-ng): text in, a WAV file (16-bit mono
 * PCM, 22.05 kHz) out. The text goes through standard input, never the command line, so no
 * text can be taken for an option. Japanese is read from the furigana: espeak-ng's Japanese
 * knows kana only (it says "Chinese letter" for a kanji).
 *
 * @param voice the espeak-ng voice, as {@code espeak-ng --voices} lists it ({@code ja}, {@code en-us})
 */
public record EspeakNg(String voice) implements Voice {
    /** Words per minute: a little slower than espeak-ng's 175, for listeners in a second language. */
    private static final int SPEED = 150;
    private static final long TIMEOUT_SECONDS = 20;

    @Override
    public String name() {
        return "espeak-ng " + voice;
    }

    @Override
    public String words(String text) {
        return Ruby.spoken(text);
    }

    /** Whether espeak-ng is installed on this machine. */
    public static boolean installed() {
        try {
            Process p = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A clause longer than this (in characters, between punctuation) is cut at a space: espeak-ng
     * 1.51 aborts with "buffer overflow detected" on long Burmese clauses (a 65-character clause
     * of 189 UTF-8 bytes already), and it does not take Burmese punctuation (၊ ။) as clause ends.
     */
    static final int MAX_CLAUSE = 40;

    @Override
    public byte[] wav(String text) throws IOException {
        text = clauses(words(text));
        Process p = new ProcessBuilder(List.of("espeak-ng", "-v", voice, "-s", String.valueOf(SPEED), "--stdin", "--stdout"))
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] wav;
        try (InputStream out = p.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.transferTo(bytes);
            wav = bytes.toByteArray();
        }
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("espeak-ng took longer than " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while espeak-ng was speaking", e);
        }
        if (p.exitValue() != 0 || wav.length < 44) {
            throw new IOException("espeak-ng failed (exit " + p.exitValue() + ") for voice " + voice);
        }
        return withSizes(wav);
    }

    /** The text with Burmese clause marks as ASCII punctuation and no clause longer than {@link #MAX_CLAUSE}. */
    static String clauses(String text) {
        String marked = text.replace('\u104B', '.').replace('\u104A', ',');
        StringBuilder out = new StringBuilder(marked.length() + 16);
        int clause = 0;
        for (String word : marked.split("(?<=\\s)")) {
            String bare = word.strip();
            if (clause > 0 && clause + bare.length() > MAX_CLAUSE) {
                trimTrailingSpace(out);
                out.append(", ");
                clause = 0;
            }
            out.append(word);
            int lastMark = lastClauseMark(bare);
            clause = lastMark >= 0 ? bare.length() - lastMark - 1 : clause + bare.length() + 1;
        }
        return out.toString();
    }

    private static int lastClauseMark(String word) {
        int last = -1;
        for (int i = 0; i < word.length(); i++) {
            if (".,!?;:。、！？".indexOf(word.charAt(i)) >= 0) {
                last = i;
            }
        }
        return last;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
    }

    /**
     * espeak-ng writes to a pipe before it knows the length, so its RIFF and data sizes are
     * placeholders; players that trust them play nothing. Sets both from the bytes we have.
     */
    static byte[] withSizes(byte[] wav) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(wav).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, wav.length - 8);
        for (int at = 12; at + 8 <= wav.length; ) {
            String id = new String(wav, at, 4, StandardCharsets.US_ASCII);
            if (id.equals("data")) {
                b.putInt(at + 4, wav.length - at - 8);
                break;
            }
            at += 8 + b.getInt(at + 4);
        }
        return wav;
    }
}
