package jp.madoguchi.devices.api;

/** An A4 printer behind the operating system's print system. */
public interface Printer extends Device {
    @Override
    default DeviceKind kind() {
        return DeviceKind.PRINTER;
    }

    /**
     * Prints the job or fails with the printer's condition; a failed job leaves the printer's
     * status saying why, so the kiosk can offer a reprint once it is ready again.
     *
     * @return the print system's job reference
     */
    String print(PrintJob job) throws DeviceUnavailableException;

    /**
     * The session these documents were printed for has ended: every copy of them the printer or
     * its print system keeps (spool files, job history, previews) must go. Jobs still printing
     * are let finish, then go. The flow calls this when a session ends, however it ends; it
     * never throws, as forgetting must not stop the next session from starting.
     */
    void forgetJobs();
}
