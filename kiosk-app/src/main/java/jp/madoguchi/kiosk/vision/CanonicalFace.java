package jp.madoguchi.kiosk.vision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * MediaPipe's canonical 3D face (centimetres; x to the picture's right, y up, z towards the viewer)
 * and the landmarks its geometry pipeline fits head pose on (the "Procrustes basis": points that
 * move little with expression). Read from {@code geometry_pipeline_metadata_landmarks.binarypb} of
 * the npm package {@code @mediapipe/face_mesh}: a small protobuf message, decoded here field by
 * field (canonical_mesh = 1 with vertex_buffer = 3 of x, y, z, u, v per vertex; basis entries = 2
 * with landmark_id = 1 and weight = 2) rather than pulling in a protobuf runtime for 20 KB.
 */
record CanonicalFace(float[] vertices, int[] basis) {

    static CanonicalFace read(Path file) {
        try {
            return parse(ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** x, y, z of landmark {@code i} in the canonical face. */
    double[] vertex(int i) {
        return new double[] {vertices[3 * i], vertices[3 * i + 1], vertices[3 * i + 2]};
    }

    static CanonicalFace parse(ByteBuffer b) {
        List<Float> buffer = new ArrayList<>();
        List<Integer> basis = new ArrayList<>();
        while (b.hasRemaining()) {
            long key = varint(b);
            if (key >>> 3 == 1 && (key & 7) == 2) {
                ByteBuffer mesh = slice(b);
                while (mesh.hasRemaining()) {
                    long k = varint(mesh);
                    if (k >>> 3 == 3 && (k & 7) == 5) {
                        buffer.add(mesh.getFloat());
                    } else if (k >>> 3 == 3 && (k & 7) == 2) {
                        ByteBuffer packed = slice(mesh);
                        while (packed.hasRemaining()) {
                            buffer.add(packed.getFloat());
                        }
                    } else {
                        skip(mesh, k);
                    }
                }
            } else if (key >>> 3 == 2 && (key & 7) == 2) {
                ByteBuffer entry = slice(b);
                while (entry.hasRemaining()) {
                    long k = varint(entry);
                    if (k >>> 3 == 1 && (k & 7) == 0) {
                        basis.add((int) varint(entry));
                    } else {
                        skip(entry, k);
                    }
                }
            } else {
                skip(b, key);
            }
        }
        if (buffer.size() != FaceLandmarks.COUNT * 5 || basis.size() < 6) {
            throw new IllegalStateException("not MediaPipe's canonical face geometry (" + buffer.size() / 5
                + " vertices, " + basis.size() + " basis landmarks)");
        }
        float[] v = new float[FaceLandmarks.COUNT * 3];
        for (int i = 0; i < FaceLandmarks.COUNT; i++) {
            for (int c = 0; c < 3; c++) {
                v[3 * i + c] = buffer.get(5 * i + c);
            }
        }
        return new CanonicalFace(v, basis.stream().mapToInt(Integer::intValue).toArray());
    }

    private static ByteBuffer slice(ByteBuffer b) {
        int length = (int) varint(b);
        ByteBuffer part = b.slice().order(ByteOrder.LITTLE_ENDIAN);
        part.limit(length);
        b.position(b.position() + length);
        return part;
    }

    private static void skip(ByteBuffer b, long key) {
        switch ((int) (key & 7)) {
            case 0 -> varint(b);
            case 1 -> b.position(b.position() + 8);
            case 2 -> slice(b);
            case 5 -> b.position(b.position() + 4);
            default -> throw new IllegalStateException("unexpected protobuf wire type " + (key & 7));
        }
    }

    private static long varint(ByteBuffer b) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte c = b.get();
            value |= (long) (c & 0x7f) << shift;
            if (c >= 0) {
                return value;
            }
        }
    }
}
