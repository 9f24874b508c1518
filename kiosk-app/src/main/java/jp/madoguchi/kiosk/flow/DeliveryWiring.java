package jp.madoguchi.kiosk.flow;

import java.util.function.Consumer;
import jp.madoguchi.kiosk.submit.OutboxSender;
import jp.madoguchi.kiosk.submit.SendOutcome;

/**
 * Turns what the outbox's sender reports into flow events, so the sending screen hears about its
 * own application. The running kiosk passes the flow's queue; tests pass {@code flow::handle}.
 */
public final class DeliveryWiring {
    private DeliveryWiring() {
    }

    public static void connect(OutboxSender sender, Consumer<FlowEvent> flow) {
        sender.onOutcome(outcome -> flow.accept(event(outcome)));
    }

    static FlowEvent event(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Sent sent) {
            return new FlowEvent.ApplicationSent(sent.key(), sent.receipt());
        }
        if (outcome instanceof SendOutcome.Held held) {
            return new FlowEvent.ApplicationRefused(held.key(), held.reason());
        }
        return new FlowEvent.ApplicationDeferred(outcome.key());
    }
}
