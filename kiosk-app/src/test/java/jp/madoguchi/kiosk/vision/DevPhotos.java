package jp.madoguchi.kiosk.vision;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoSpec;

/** The labelled developer photos (read in place, never copied) and the model, or a visible skip. */
final class DevPhotos {
    private DevPhotos() {
    }

    static Path dir() {
        return Path.of(System.getProperty("madoguchi.home", ".")).resolve("../shared/photos/dev").normalize();
    }

    static Path photo(String name) {
        Path file = dir().resolve(name);
        SystemPart.require(Files.isReadable(file), "the developer photo set (../shared/photos/dev/" + name + ")",
            SystemPart.SHARED_FOLDER);
        return file;
    }

    static void requireModel() {
        SystemPart.require(ModelFiles.installed(),
            "the face models (models/fetch puts them in models/cache/)", SystemPart.FETCH_MODELS);
    }

    static PhotoCheck check() {
        requireModel();
        return new PhotoCheck(FaceAnalyser.fromInstalledModel(), new PhotoJudge(PhotoSpec.load()));
    }
}
