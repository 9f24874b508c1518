package jp.madoguchi.kiosk.ui;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.ui.model.ScreenWords;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.kiosk.flow.FlowEvent;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;

/**
 * The root view model: the current screen, the idle warning and the camera's live frame, as
 * observable properties the views bind to; taps go back to the flow as events. Uses only
 * javafx.beans, so it is tested without starting JavaFX. Call {@link #show} on the UI thread.
 */
public final class KioskViewModel {
    private final Consumer<FlowEvent> flow;
    private final ObjectProperty<ScreenModel> screen = new SimpleObjectProperty<>(this, "screen");
    private final ObjectProperty<Optional<ScreenModel.IdleWarning>> idleWarning =
        new SimpleObjectProperty<>(this, "idleWarning", Optional.empty());
    private final ObjectProperty<BufferedImage> liveFrame = new SimpleObjectProperty<>(this, "liveFrame");
    private final ObjectProperty<Optional<String>> simulatedMark = new SimpleObjectProperty<>(this, "simulatedMark",
        Optional.empty());
    private final Set<DeviceKind> simulated;
    private BiConsumer<String, Language> narrator = (words, language) -> { };
    /** Rewrites every screen's wording: the identity, except for pseudo-localised screenshots and the layout audit. */
    private UnaryOperator<Record> wording = UnaryOperator.identity();

    public KioskViewModel(Consumer<FlowEvent> flow, FlowSnapshot initial) {
        this(flow, initial, Set.of());
    }

    /** @param simulated the devices that are simulators: every screen says so (development kiosks only) */
    public KioskViewModel(Consumer<FlowEvent> flow, FlowSnapshot initial, Set<DeviceKind> simulated) {
        this.flow = flow;
        this.simulated = Set.copyOf(simulated);
        show(initial);
    }

    /** Applies a flow snapshot; the screen is replaced only when what it shows changed. */
    public void show(FlowSnapshot snapshot) {
        ScreenModel next = (ScreenModel) wording.apply((Record) ScreenModels.of(snapshot));
        if (!Objects.equals(next, screen.get())) {
            if (screen.get() != null && screen.get().state() != next.state()) {
                liveFrame.set(null); // a new screen never shows the last screen's (or resident's) camera picture
            }
            screen.set(next);
        }
        idleWarning.set(ScreenModels.idleWarning(snapshot).map(w -> (ScreenModel.IdleWarning) wording.apply(w)));
        simulatedMark.set(ScreenModels.simulatedMark(snapshot.language(), simulated));
    }

    /** Shows {@code snapshot} with its texts rewritten (pseudo-localisation: how a longer or taller language would lay out). */
    public void show(FlowSnapshot snapshot, UnaryOperator<Record> rewording) {
        wording = rewording;
        show(snapshot);
    }

    public void showLiveFrame(BufferedImage frame) {
        liveFrame.set(frame);
    }

    public ReadOnlyObjectProperty<ScreenModel> screen() {
        return screen;
    }

    public ReadOnlyObjectProperty<Optional<ScreenModel.IdleWarning>> idleWarning() {
        return idleWarning;
    }

    /** "Simulated devices: ..." while any device is a simulator, in the screen's language. */
    public ReadOnlyObjectProperty<Optional<String>> simulatedMark() {
        return simulatedMark;
    }

    public ReadOnlyObjectProperty<BufferedImage> liveFrame() {
        return liveFrame;
    }

    /** Staff are signed in to staff mode: escape keys and window closing act (as "Exit kiosk"). */
    public boolean staffSignedIn() {
        return screen.get() instanceof ScreenModel.Staff staff && staff.signedIn();
    }

    /**
     * Reads screens aloud with {@code narrator} (the words and the screen's language): on the
     * speaker button, and with {@code guidance} each new screen and the idle warning as they appear.
     */
    public void readWith(BiConsumer<String, Language> narrator, boolean guidance) {
        this.narrator = narrator;
        if (guidance) {
            screen.addListener((obs, old, now) -> {
                if (old == null || old.state() != now.state() || !ScreenWords.of(old).equals(ScreenWords.of(now))) {
                    readAloud();
                }
            });
            idleWarning.addListener((obs, old, now) -> now.filter(w -> old.isEmpty())
                .ifPresent(w -> narrator.accept(ScreenWords.of(w), screen.get().chrome().language())));
        }
    }

    /** The speaker button: the current screen's title and instruction, aloud. */
    public void readAloud() {
        ScreenModel now = screen.get();
        narrator.accept(ScreenWords.of(now), now.chrome().language());
    }

    /** A tap on a control: the event the control stands for. */
    public void send(FlowEvent event) {
        flow.accept(event);
    }
}
