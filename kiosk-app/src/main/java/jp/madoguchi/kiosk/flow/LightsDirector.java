package jp.madoguchi.kiosk.flow;

import jp.madoguchi.devices.api.LightScene;
import jp.madoguchi.devices.api.Lights;

/** Sets the booth lights from the flow's state: a side effect listening to transitions. */
public final class LightsDirector implements FlowListener {
    private final Lights lights;
    private LightScene showing;

    public LightsDirector(Lights lights) {
        this.lights = lights;
    }

    @Override
    public synchronized void changed(FlowSnapshot snapshot) {
        LightScene wanted = snapshot.state().lights();
        if (wanted != showing && lights.status().ready()) {
            lights.show(wanted);
            showing = wanted;
        }
    }
}
