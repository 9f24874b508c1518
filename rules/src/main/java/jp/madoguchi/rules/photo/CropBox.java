package jp.madoguchi.rules.photo;

/** A rectangle of the source image in pixels: the 35:45 crop the kiosk makes. */
public record CropBox(int x, int y, int width, int height) {
}
