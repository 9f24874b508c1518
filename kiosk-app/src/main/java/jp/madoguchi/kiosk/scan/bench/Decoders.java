package jp.madoguchi.kiosk.scan.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.madoguchi.kiosk.scan.BoofQr;
import jp.madoguchi.kiosk.scan.CameraQrPipeline;
import jp.madoguchi.kiosk.scan.Luma;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.objdetect.QRCodeDetector;

/** The decoders the benchmark puts side by side, each used the way its documentation shows. */
final class Decoders {
    record Decoder(String name, Function<BufferedImage, Optional<String>> decode) {
    }

    private Decoders() {
    }

    static List<Decoder> all(boolean withOpenCv) {
        Decoder zxing = new Decoder("ZXing 3.5.3 (RGBLuminanceSource, HybridBinarizer, TRY_HARDER)", Decoders::plainZxing);
        BoofQr boof = new BoofQr();
        Decoder boofcv = new Decoder("BoofCV 1.1.7 (FactoryFiducial.qrcode)", f -> boof.decode(Luma.of(f)));
        CameraQrPipeline pipeline = new CameraQrPipeline();
        Decoder ours = new Decoder("Madoguchi pipeline", pipeline::decode);
        if (!withOpenCv) {
            return List.of(zxing, boofcv, ours);
        }
        jp.madoguchi.kiosk.vision.OpenCvRuntime.load(); // once per process, from the cached copy (no /tmp leftovers)
        QRCodeDetector detector = new QRCodeDetector();
        Decoder opencv = new Decoder("OpenCV 4.9.0 QRCodeDetector", f -> openCv(detector, f));
        return List.of(zxing, boofcv, opencv, ours);
    }

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private static Optional<String> plainZxing(BufferedImage frame) {
        try {
            return Optional.of(new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(frame.getWidth(), frame.getHeight(),
                    frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth())))), HINTS).getText());
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> openCv(QRCodeDetector detector, BufferedImage frame) {
        Mat mat = new Mat(frame.getHeight(), frame.getWidth(), CvType.CV_8UC3);
        try {
            mat.put(0, 0, ((DataBufferByte) frame.getRaster().getDataBuffer()).getData());
            String text = detector.detectAndDecode(mat);
            return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (RuntimeException e) {
            return Optional.empty();
        } finally {
            mat.release();
        }
    }
}
