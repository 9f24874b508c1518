package jp.madoguchi.sim.device;

import java.time.Clock;
import java.util.List;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.LightScene;
import jp.madoguchi.devices.api.Lights;

/** Lights that remember the scenes they were asked to show (the last thousand). */
public final class SimLights extends SimulatedDevice implements Lights {
    private final Recent<LightScene> scenes = new Recent<>();
    private volatile LightScene scene = LightScene.OFF;

    public SimLights(Clock clock) {
        super(DeviceKind.LIGHTS, clock);
    }

    @Override
    public synchronized void show(LightScene next) {
        scene = next;
        scenes.add(next);
        record("scene " + next);
    }

    @Override
    public LightScene scene() {
        return scene;
    }

    public synchronized List<LightScene> scenes() {
        return scenes.list();
    }
}
