package jp.madoguchi.kiosk.submit;

import jp.madoguchi.devices.api.Application;

/** Where the flow leaves an application at Submit: durably, before the resident is told anything. */
public interface ApplicationStore {
    /**
     * Returns only once the application is on disk (encrypted, committed and synced); the sender
     * delivers it from there.
     *
     * @throws OutboxException when it could not be stored; then nothing was
     */
    void keep(Application application) throws OutboxException;
}
