package jp.madoguchi.kiosk.flow;

import java.time.Duration;

/**
 * Things the flow notes for staff's counters and the fleet's metrics as they happen. None of them
 * carries anything about the resident: reasons are codes, durations are durations.
 */
public sealed interface FlowFact {
    /** A captured photo was refused; {@code reason} is the reason shown to the resident (its code). */
    record PhotoRefused(String reason) implements FlowFact {
    }

    record StaffCalled() implements FlowFact {
    }

    /** Staff signed in while a resident waited: the call is answered after {@code waited}. */
    record CallAnswered(Duration waited) implements FlowFact {
    }

    /** The resident stopped waiting before staff came. */
    record CallCancelled(Duration waited) implements FlowFact {
    }

    /**
     * An application went to the gateway and came back after {@code took}.
     *
     * @param outcome accepted, refused or failed
     */
    record Submitted(Duration took, String outcome) implements FlowFact {
    }
}
