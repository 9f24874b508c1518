package jp.madoguchi.kiosk.scan.bench;

/** Three box blurs in a row: close to a Gaussian (defocus, a shaking hand) and fast. */
final class Blur {
    private Blur() {
    }

    static void boxBlur3(byte[] bgr, int width, int height, int radius) {
        for (int pass = 0; pass < 3; pass++) {
            horizontal(bgr, width, height, radius);
            vertical(bgr, width, height, radius);
        }
    }

    private static void horizontal(byte[] img, int width, int height, int r) {
        int[] line = new int[width];
        for (int y = 0; y < height; y++) {
            for (int c = 0; c < 3; c++) {
                for (int x = 0; x < width; x++) {
                    line[x] = img[(y * width + x) * 3 + c] & 0xFF;
                }
                for (int x = 0; x < width; x++) {
                    int sum = 0;
                    int n = 0;
                    for (int k = Math.max(0, x - r); k <= Math.min(width - 1, x + r); k++) {
                        sum += line[k];
                        n++;
                    }
                    img[(y * width + x) * 3 + c] = (byte) (sum / n);
                }
            }
        }
    }

    private static void vertical(byte[] img, int width, int height, int r) {
        int[] line = new int[height];
        for (int x = 0; x < width; x++) {
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < height; y++) {
                    line[y] = img[(y * width + x) * 3 + c] & 0xFF;
                }
                for (int y = 0; y < height; y++) {
                    int sum = 0;
                    int n = 0;
                    for (int k = Math.max(0, y - r); k <= Math.min(height - 1, y + r); k++) {
                        sum += line[k];
                        n++;
                    }
                    img[(y * width + x) * 3 + c] = (byte) (sum / n);
                }
            }
        }
    }
}
