package jp.madoguchi.devices.print;

import jp.madoguchi.devices.api.DeviceCondition;

/**
 * Turns what CUPS reports about a queue into the kiosk's printer condition. The reasons are
 * IPP printer-state-reasons keywords (RFC 8011 5.4.12), possibly with a -report, -warning or
 * -error suffix; only -error and unsuffixed reasons stop printing.
 */
final class QueueConditions {
    private static final int STOPPED = 5;

    private QueueConditions() {
    }

    static DeviceCondition of(IppPrinterAttributes.QueueState queue) {
        for (String raw : queue.reasons()) {
            if (raw.equals("offline-report") || raw.equals("paused")) {
                // CUPS's own words for an unplugged printer and a queue staff disabled.
                return DeviceCondition.OFFLINE;
            }
            if (raw.endsWith("-report") || raw.endsWith("-warning")) {
                continue;
            }
            String reason = raw.replaceFirst("-error$", "");
            if (reason.startsWith("media-empty") || reason.equals("media-needed") || reason.startsWith("input-tray-missing")) {
                return DeviceCondition.PAPER_OUT;
            }
            if (reason.equals("cover-open") || reason.equals("door-open") || reason.equals("interlock-open")) {
                return DeviceCondition.COVER_OPEN;
            }
            if (reason.startsWith("media-jam") || reason.equals("output-area-full")) {
                return DeviceCondition.JAMMED;
            }
            if (reason.equals("offline") || reason.equals("shutdown") || reason.equals("connecting-to-device")
                || reason.equals("timed-out")) {
                return DeviceCondition.OFFLINE;
            }
        }
        if (queue.state() == STOPPED || !queue.acceptingJobs()) {
            // Stopped with no named cause: CUPS stops a queue whose backend failed a job.
            return DeviceCondition.FAILED;
        }
        return DeviceCondition.READY;
    }
}
