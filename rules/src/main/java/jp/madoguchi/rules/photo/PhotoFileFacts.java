package jp.madoguchi.rules.photo;

/** What the file rules look at in a submitted photo file (after EXIF orientation). */
public record PhotoFileFacts(boolean jpeg, boolean cmyk, long bytes, int width, int height) {
}
