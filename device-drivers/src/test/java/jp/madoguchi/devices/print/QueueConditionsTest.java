package jp.madoguchi.devices.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.madoguchi.devices.api.DeviceCondition;
import org.junit.jupiter.api.Test;

class QueueConditionsTest {
    @Test
    void readsStateReasonsAndAcceptingFromAnIppAnswer() throws IOException {
        byte[] answer = answer(0x0000, 3, List.of("media-empty-error", "media-low-report"), true);
        IppPrinterAttributes.QueueState state = IppPrinterAttributes.parse(new DataInputStream(new ByteArrayInputStream(answer)));
        assertThat(state.state()).isEqualTo(3);
        assertThat(state.reasons()).containsExactly("media-empty-error", "media-low-report");
        assertThat(state.acceptingJobs()).isTrue();
        assertThat(QueueConditions.of(state)).isEqualTo(DeviceCondition.PAPER_OUT);
    }

    @Test
    void anUnknownQueueIsAnError() {
        byte[] answer = answer(0x0406, 0, List.of(), false);
        assertThatThrownBy(() -> IppPrinterAttributes.parse(new DataInputStream(new ByteArrayInputStream(answer))))
            .hasMessageContaining("0x0406");
    }

    @Test
    void mapsCupsReasonsToTheKiosksConditions() {
        assertThat(condition(3, true, "none")).isEqualTo(DeviceCondition.READY);
        assertThat(condition(4, true, "media-low-warning")).isEqualTo(DeviceCondition.READY);
        assertThat(condition(3, true, "media-needed")).isEqualTo(DeviceCondition.PAPER_OUT);
        assertThat(condition(3, true, "cover-open-error")).isEqualTo(DeviceCondition.COVER_OPEN);
        assertThat(condition(3, true, "media-jam")).isEqualTo(DeviceCondition.JAMMED);
        assertThat(condition(3, true, "offline-report")).isEqualTo(DeviceCondition.OFFLINE);
        assertThat(condition(5, true, "paused")).isEqualTo(DeviceCondition.OFFLINE);
        assertThat(condition(5, true, "none")).isEqualTo(DeviceCondition.FAILED);
        assertThat(condition(3, false, "none")).isEqualTo(DeviceCondition.FAILED);
    }

    private static DeviceCondition condition(int state, boolean accepting, String reason) {
        return QueueConditions.of(new IppPrinterAttributes.QueueState(state, List.of(reason), accepting));
    }

    /** An IPP answer as CUPS encodes it: printer-state (enum), printer-state-reasons (keywords), accepting (boolean). */
    private static byte[] answer(int status, int state, List<String> reasons, boolean accepting) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeShort(0x0200);
            out.writeShort(status);
            out.writeInt(1);
            out.writeByte(0x01);
            value(out, 0x47, "attributes-charset", "utf-8".getBytes(StandardCharsets.US_ASCII));
            out.writeByte(0x04);
            value(out, 0x23, "printer-state", new byte[] {0, 0, 0, (byte) state});
            for (int i = 0; i < reasons.size(); i++) {
                value(out, 0x44, i == 0 ? "printer-state-reasons" : "", reasons.get(i).getBytes(StandardCharsets.US_ASCII));
            }
            value(out, 0x22, "printer-is-accepting-jobs", new byte[] {(byte) (accepting ? 1 : 0)});
            out.writeByte(0x03);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void value(DataOutputStream out, int tag, String name, byte[] value) throws IOException {
        out.writeByte(tag);
        out.writeShort(name.length());
        out.writeBytes(name);
        out.writeShort(value.length);
        out.write(value);
    }
}
