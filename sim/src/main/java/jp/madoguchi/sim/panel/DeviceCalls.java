package jp.madoguchi.sim.panel;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import jp.madoguchi.devices.api.Device;
import jp.madoguchi.sim.device.SimulatedDevice;
import jp.madoguchi.sim.gateway.GatewayCounts;
import jp.madoguchi.sim.gateway.SimulatedGatewayLink;

/**
 * What the devices were asked to do and what happened, newest first, the last {@value #SHOWN}:
 * prints with their documents' titles, light scenes, camera scenes and captures, codes read, and
 * the receiver's requests and answers. Devices record no personal data (codes as lengths, form IDs
 * as their last digits), so the list shows nothing the simulator did not make up.
 */
final class DeviceCalls {
    static final int SHOWN = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final ObservableList<String> calls = FXCollections.observableArrayList();
    private final Clock clock;

    private DeviceCalls(Clock clock) {
        this.clock = clock;
    }

    static ListView<String> of(List<Device> devices, Clock clock) {
        DeviceCalls list = new DeviceCalls(clock);
        for (Device device : devices) {
            String name = device.kind().name().toLowerCase(java.util.Locale.ROOT);
            if (device instanceof SimulatedDevice sim) {
                sim.onRecord(entry -> list.add(name, entry));
            } else if (device instanceof SimulatedGatewayLink gateway) {
                list.watch(gateway);
            }
        }
        ListView<String> view = new ListView<>(list.calls);
        view.setPrefHeight(260);
        return view;
    }

    private void add(String device, String entry) {
        String line = TIME.format(clock.instant().atZone(ZoneId.systemDefault())) + "  " + device + ": " + entry;
        Platform.runLater(() -> {
            calls.add(0, line);
            if (calls.size() > SHOWN) {
                calls.remove(SHOWN, calls.size());
            }
        });
    }

    /** The receiver tells what it stored (answered 201, unless the answer is dropped); its other answers are read from its counts. */
    private void watch(SimulatedGatewayLink gateway) {
        gateway.simulator().onStored(s -> add("gateway", "stored an application (form ***"
            + s.formIdDigits().substring(Math.max(0, s.formIdDigits().length() - 4)) + "), receipt " + s.receipt()));
        long[] last = counts(gateway.simulator().counts());
        String[] answers = {"answered 200 (a repeat: the same receipt)", "answered 409 (form ID under another key)",
            "answered 400/422 (refused)", "answered 503", "stored, then dropped the answer", "held the answer back (slow)"};
        Timeline poll = new Timeline(new KeyFrame(javafx.util.Duration.millis(300), e -> {
            long[] now = counts(gateway.simulator().counts());
            for (int i = 0; i < now.length; i++) {
                for (long n = last[i]; n < now[i]; n++) {
                    add("gateway", answers[i]);
                }
                last[i] = now[i];
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    private static long[] counts(GatewayCounts c) {
        return new long[] {c.repeated(), c.conflicts(), c.refused(), c.failed(), c.dropped(), c.slowed()};
    }
}
