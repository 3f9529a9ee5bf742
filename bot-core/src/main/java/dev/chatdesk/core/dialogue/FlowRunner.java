package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.ActionResponse;
import dev.chatdesk.core.bot.FlowDefinition;
import dev.chatdesk.core.bot.HttpAction;
import dev.chatdesk.core.bot.SlotDefinition;
import dev.chatdesk.core.conversation.NewMessage;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs flows: asks for each slot in turn, checks the answers, and finishes with the action or closing text. */
final class FlowRunner {
    private final ActionClient actions;

    FlowRunner(ActionClient actions) {
        this.actions = actions;
    }

    /** Starts a flow, taking slot values the first message already gives ("where is DS-123456?"). */
    Decision start(TurnContext turn, FlowDefinition flow) {
        ActiveFlow active = new ActiveFlow(flow.name(), 0, 0, Map.of());
        while (active.slotIndex() < flow.slots().size()) {
            SlotDefinition slot = flow.slots().get(active.slotIndex());
            Optional<String> value = SlotReader.readUnprompted(slot, turn.text());
            if (value.isEmpty()) {
                break;
            }
            active = active.filled(slot.name(), value.get());
        }
        return next(turn, flow, active);
    }

    /** Takes the customer's answer to the slot being asked for. */
    Decision answer(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        SlotDefinition slot = flow.slots().get(active.slotIndex());
        SlotReader.Reading reading = SlotReader.read(slot, turn);
        if (reading.declined()) {
            return Decision.reply(turn.state().withFlow(null).helped(), TurnContext.botMessage(slot.declined(), List.of(), List.of()));
        }
        if (reading.value().isPresent()) {
            return next(turn, flow, active.filled(slot.name(), reading.value().get()));
        }
        ActiveFlow retried = active.failedAttempt();
        if (retried.attempts() >= slot.maxAttempts()) {
            DialogueState state = turn.state().withFlow(null).failed(turn.text());
            return Decision.reply(state, TurnContext.botMessage(
                    "I still couldn't read that, so let's leave it for now. " + turn.settings().fallback().get(0).text(),
                    FallbackPolicy.HANDOFF_BUTTON, List.of()));
        }
        String text = Templates.fill(slot.invalid(), Map.of("value", turn.text()));
        return Decision.reply(turn.state().withFlow(retried), TurnContext.botMessage(text, slot.quickReplies(), List.of()));
    }

    private Decision next(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        if (active.slotIndex() < flow.slots().size()) {
            SlotDefinition slot = flow.slots().get(active.slotIndex());
            String question = Templates.fill(slot.ask(), values(turn, active, Map.of()));
            return Decision.reply(turn.state().withFlow(active).helped(),
                    TurnContext.botMessage(question, slot.quickReplies(), List.of()));
        }
        // Going through the finished flow first keeps its slots in the conversation's context.
        DialogueState done = turn.state().withFlow(active).withFlow(null).helped();
        return Decision.reply(done, finish(turn, flow, active));
    }

    private NewMessage finish(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        HttpAction action = flow.action();
        if (action == null) {
            return TurnContext.botMessage(Templates.fill(flow.done().text(), values(turn, active, Map.of())),
                    flow.done().quickReplies(), List.of());
        }
        Map<String, String> variables = turn.settings().variables();
        try {
            Map<String, String> body = new LinkedHashMap<>();
            action.body().forEach((k, v) -> body.put(k, Templates.fill(v, values(turn, active, Map.of()))));
            Map<String, String> headers = new LinkedHashMap<>();
            action.headers().forEach((k, v) -> headers.put(k, Templates.fill(v, variables)));
            ActionClient.ActionResult result = actions.call(action.method(),
                    Templates.fillUrl(action.url(), active.slots(), variables), headers, body);
            Optional<ActionResponse> response = action.responseFor(result.status());
            if (response.isPresent()) {
                String text = Templates.fill(response.get().text(), values(turn, active, result.json()));
                return TurnContext.botMessage(text, response.get().quickReplies(), List.of());
            }
        } catch (IOException e) {
            // The customer hears the bot's own words for this below; the service logs failures of its client.
        }
        return TurnContext.botMessage(action.error(), FallbackPolicy.HANDOFF_BUTTON, List.of());
    }

    private static Map<String, Object> values(TurnContext turn, ActiveFlow active, Map<String, Object> response) {
        Map<String, Object> values = new HashMap<>(turn.settings().variables());
        values.putAll(turn.state().slots());
        values.putAll(active.slots());
        values.put("response", response);
        return values;
    }
}
