package jp.madoguchi.kiosk.fuzz;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import jp.madoguchi.kiosk.images.ImageFacts;
import jp.madoguchi.kiosk.images.ImageIntake;
import jp.madoguchi.kiosk.images.UnreadableImageException;
import jp.madoguchi.kiosk.vision.PhotoFile;

/**
 * Mutated JPEG and PNG files (baseline, progressive, greyscale, CMYK; RGB, RGBA, grey, indexed)
 * through everything an image a user hands the kiosk meets: the intake, OpenCV's decoder (as
 * photo-check) and javax.imageio's (as scan-image). Oracles: only a refusal with its reason may
 * come out of a bad file; a file cut anywhere is refused as truncated; a PNG with a byte changed
 * anywhere inside its chunks is refused (its CRCs see it).
 */
final class ImageFuzz implements FuzzTarget {
    private record Seed(String kind, byte[] bytes) {
    }

    private final List<Seed> seeds = List.of(
        new Seed("baseline JPEG", SampleImages.jpeg(160, 120)),
        new Seed("progressive JPEG", SampleImages.progressiveJpeg(120, 160)),
        new Seed("greyscale JPEG", SampleImages.greyJpeg(96, 128)),
        new Seed("CMYK JPEG", SampleImages.cmykJpeg(64, 48)),
        new Seed("RGB PNG", SampleImages.png(120, 90, BufferedImage.TYPE_3BYTE_BGR)),
        new Seed("RGBA PNG", SampleImages.png(64, 64, BufferedImage.TYPE_INT_ARGB)),
        new Seed("grey PNG", SampleImages.png(80, 60, BufferedImage.TYPE_BYTE_GRAY)),
        new Seed("indexed PNG", SampleImages.png(50, 40, BufferedImage.TYPE_BYTE_INDEXED)));

    private final Tally tally = new Tally();

    @Override
    public String name() {
        return "images";
    }

    @Override
    public String tally() {
        return tally.toString();
    }

    @Override
    public Case next(Random random) {
        Seed seed = seeds.get(random.nextInt(seeds.size()));
        boolean png = seed.kind().endsWith("PNG");
        int how = random.nextInt(10);
        if (how == 0) { // cut anywhere after the signature
            int signature = png ? 8 : 3;
            int at = signature + random.nextInt(seed.bytes().length - signature);
            return check(seed.kind() + " cut", Arrays.copyOf(seed.bytes(), at), UnreadableImageException.TRUNCATED);
        }
        if (how == 1 && png) { // one byte changed inside the chunks
            byte[] b = seed.bytes().clone();
            b[8 + random.nextInt(b.length - 8)] ^= (byte) (1 + random.nextInt(255));
            return check(seed.kind() + " with a byte changed", b, null);
        }
        return check(seed.kind() + " mutated", Mutations.mutate(random, seed.bytes()), "");
    }

    /**
     * @param refusal what the intake must say: a reason code, null for "any refusal", "" for
     *                "anything but a crash"
     */
    private Case check(String kind, byte[] bytes, String refusal) {
        return new Case() {
            @Override
            public String run() {
                ImageFacts facts;
                try {
                    facts = ImageIntake.inspect(bytes, ImageIntake.DEFAULT_MAX_PIXELS);
                } catch (UnreadableImageException e) {
                    tally.count("refused " + e.code());
                    return refusal == null || refusal.isEmpty() || refusal.equals(e.code()) ? null
                        : "refused as " + e.code() + ", expected " + refusal;
                }
                if (refusal == null || !refusal.isEmpty()) {
                    return "accepted (" + facts.width() + " x " + facts.height() + "), expected a refusal";
                }
                decodeBothWays(bytes, facts);
                return null;
            }

            @Override
            public String describe() {
                return kind + ", " + bytes.length + " bytes";
            }
        };
    }

    /** Through OpenCV (photo-check) and javax.imageio (scan-image): a picture or a refusal, either is right. */
    private void decodeBothWays(byte[] bytes, ImageFacts facts) {
        try (PhotoFile.Decoded photo = PhotoFile.decode(bytes)) {
            tally.count("decoded by OpenCV");
        } catch (PhotoFile.UnreadablePhotoException e) {
            tally.count("refused by OpenCV");
        }
        try {
            ImageIntake.decode(bytes, facts, 4_000_000);
            tally.count("decoded by javax.imageio");
        } catch (UnreadableImageException e) {
            tally.count("refused by javax.imageio");
        }
    }
}
