package jp.madoguchi.devices.spi;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds providers on the class path by id; the composition root calls this once per device. */
public final class DeviceProviders {
    private DeviceProviders() {
    }

    public static <P extends DeviceProvider<?, ?>> P find(Class<P> type, String id) {
        List<P> all = available(type);
        return all.stream()
            .filter(p -> p.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new SettingsException(keyFor(type), "names provider \"" + id + "\" but only "
                + all.stream().map(DeviceProvider::id).sorted().collect(Collectors.joining(", ", "[", "]"))
                + " are installed"));
    }

    public static <P extends DeviceProvider<?, ?>> List<P> available(Class<P> type) {
        return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get).toList();
    }

    private static String keyFor(Class<?> type) {
        String name = type.getSimpleName().replace("Provider", "").replace("CodeScanner", "scanner");
        return name.toLowerCase(java.util.Locale.ROOT) + ".provider";
    }
}
