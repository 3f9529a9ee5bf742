package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.ActionResponse;
import dev.chatdesk.core.bot.FlowDefinition;
import dev.chatdesk.core.bot.HttpAction;
import dev.chatdesk.core.bot.JsonPaths;
import dev.chatdesk.core.bot.OptionsSource;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.bot.SlotDefinition;
import dev.chatdesk.core.bot.SlotOption;
import dev.chatdesk.core.bot.SlotType;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.dialogue.SlotReader.ReadableSlot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs flows: takes every value a message gives (for the slot asked about, for later slots, and
 * corrections of earlier ones), fetches a choice slot's options when it gets to it, asks for the
 * next missing slot, and finishes with the action or closing text (and a hand-over, if the flow
 * ends with one).
 */
final class FlowRunner {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    /** Longer messages say more than an attempt at a value. */
    private static final int MAX_ATTEMPT_WORDS = 3;

    private final ActionClient actions;

    FlowRunner(ActionClient actions) {
        this.actions = actions;
    }

    /**
     * Starts a flow, taking what the first message already gives ("return the boots from
     * NW-640233"); a flow started by one of the bot's buttons also takes the identifiers the
     * conversation already has (the order number of the return just registered).
     */
    Decision start(TurnContext turn, FlowDefinition flow) {
        ActiveFlow started = ActiveFlow.started(flow.name(), turn.text());
        if (turn.isButton()) {
            started = remembered(turn, flow, started);
        }
        return proceed(turn, flow, absorb(turn, flow, started), List.of());
    }

    /** The flow with the order numbers, ticket numbers and e-mail addresses the conversation has for its slots. */
    private static ActiveFlow remembered(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        ActiveFlow next = active;
        for (SlotDefinition slot : flow.slots()) {
            String known = turn.state().slots().get(slot.name());
            boolean identifier = slot.type() == SlotType.PATTERN || slot.type() == SlotType.EMAIL;
            if (identifier && known != null
                    && SlotReader.unprompted(readable(turn, slot, next), known, List.of()).equals(Optional.of(known))) {
                next = next.with(slot.name(), known);
            }
        }
        return next;
    }

    /** Whether the message gives the flow anything: an answer to the slot asked about, or another slot's value. */
    boolean isAnswer(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        SlotDefinition pending = active.pending(flow).orElseThrow();
        ReadableSlot slot = readable(turn, pending, active);
        if (!slot.freeText() && (SlotReader.read(slot, turn, active.slots().values()).value().isPresent()
                || (pending.type() == SlotType.YES_NO && YesNo.read(turn) != YesNo.UNCLEAR))) {
            return true;
        }
        return !absorb(turn, flow, active).slots().equals(active.slots());
    }

    /**
     * Whether a message the slot cannot read still looks like an attempt at it: a few words with a
     * digit for a pattern slot ("NW-66730", a digit short), with an at sign for an e-mail slot. Such
     * a message is answered as an invalid value, never taken for another intent.
     */
    boolean looksLikeAnAttempt(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        String text = turn.text();
        if (text.split("\\s+").length > MAX_ATTEMPT_WORDS) {
            return false;
        }
        return switch (active.pending(flow).orElseThrow().type()) {
            case PATTERN -> text.chars().anyMatch(Character::isDigit);
            case EMAIL -> text.contains("@");
            default -> false;
        };
    }

    /** Whether the slot being asked for takes any text as its answer. */
    boolean takesAnyText(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        return readable(turn, active.pending(flow).orElseThrow(), active).freeText();
    }

    /** Takes the customer's answer to the slot being asked for, and whatever else the message gives. */
    Decision answer(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        SlotDefinition pending = active.pending(flow).orElseThrow();
        ReadableSlot slot = readable(turn, pending, active);
        SlotReader.Reading reading = SlotReader.read(slot, turn, active.slots().values());
        if (reading.declined()) {
            return Decision.reply(turn.state().withFlow(null).helped(), TurnContext.botMessage(
                    Templates.fill(pending.declined(), shown(turn, active, Map.of())), List.of(), List.of()));
        }
        ActiveFlow after = absorb(turn, flow, active.hearing(turn.text()));
        if (!after.slots().containsKey(pending.name()) && reading.value().isPresent()) {
            after = after.with(pending.name(), reading.value().get());
        }
        if (!after.slots().equals(active.slots())) {
            return proceed(turn, flow, after.answered(), List.of());
        }
        ActiveFlow retried = active.failedAttempt();
        if (retried.attempts() >= pending.maxAttempts()) {
            DialogueState state = turn.state().withFlow(null).failed(turn.text());
            return Decision.reply(state, TurnContext.botMessage(
                    turn.phrases().gaveUp() + " " + turn.settings().fallback().get(0).text(),
                    turn.handoffButton(), List.of()));
        }
        Map<String, Object> values = shown(turn, active, Map.of());
        values.put("value", turn.text());
        String text = Templates.fill(pending.invalid(), values);
        return Decision.reply(turn.state().withFlow(retried), TurnContext.botMessage(text, quickReplies(turn, slot), List.of()));
    }

    /** The question for the slot the flow is waiting for, asked again after the customer asked something else. */
    NewMessage askAgain(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        SlotDefinition pending = active.pending(flow).orElseThrow();
        return question(turn, pending, active);
    }

    /**
     * Every slot the message gives a value for without being asked (the one asked for included,
     * where it can be read that way), replacing earlier values it corrects; a corrected value
     * drops the options fetched with it and the choices made among them.
     */
    private ActiveFlow absorb(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        ActiveFlow next = active;
        for (SlotDefinition slot : flow.slots()) {
            List<String> others = new ArrayList<>(next.slots().values());
            others.remove(next.slots().get(slot.name()));
            Optional<String> value = SlotReader.unprompted(readable(turn, slot, next), turn.text(), others);
            if (value.isEmpty() || value.get().equals(next.slots().get(slot.name()))) {
                continue;
            }
            boolean correction = next.slots().containsKey(slot.name());
            next = next.with(slot.name(), value.get());
            if (correction && slot.type() != SlotType.TEXT) {
                next = next.without(dependentsOf(flow, slot.name()));
            }
        }
        return next;
    }

    /** The slots whose options are fetched with the given slot's value. */
    private static List<String> dependentsOf(FlowDefinition flow, String slotName) {
        return flow.slots().stream()
                .filter(s -> s.optionsFrom() != null && s.optionsFrom().url().contains("{" + slotName + "}"))
                .map(SlotDefinition::name)
                .toList();
    }

    /** Asks for the next missing slot (checking the flow and fetching options first), or finishes the flow. */
    private Decision proceed(TurnContext turn, FlowDefinition flow, ActiveFlow current, List<NewMessage> notices) {
        ActiveFlow active = current;
        if (flow.check() != null) {
            Checked checked = check(turn, flow, active, notices);
            if (checked.ending() != null) {
                return checked.ending();
            }
            active = checked.flow();
        }
        Optional<SlotDefinition> pending = active.pending(flow);
        if (pending.isEmpty()) {
            return finish(turn, flow, active, notices);
        }
        SlotDefinition slot = pending.get();
        OptionsSource source = slot.optionsFrom();
        if (source != null && !active.options().containsKey(slot.name())) {
            return fetchOptions(turn, flow, active, slot, notices);
        }
        List<NewMessage> replies = new ArrayList<>(notices);
        if (notices.isEmpty()) {
            replies.add(question(turn, slot, active));
        }
        return new Decision(replies, turn.state().withFlow(active).helped(), null);
    }

    private Decision fetchOptions(TurnContext turn, FlowDefinition flow, ActiveFlow active, SlotDefinition slot, List<NewMessage> notices) {
        OptionsSource source = slot.optionsFrom();
        List<SlotOption> fetched = List.of();
        try {
            ActionClient.ActionResult result = actions.call("GET",
                    Templates.fillUrl(source.url(), active.slots(), turn.settings().variables()), Map.of(), Map.of());
            if (result.status() == 404 && !source.notFound().isBlank()) {
                List<NewMessage> told = new ArrayList<>(notices);
                told.add(TurnContext.botMessage(Templates.fill(source.notFound(), shown(turn, active, result.json())), List.of(), List.of()));
                return proceed(turn, flow, active.without(slotsNamedIn(flow, source.url())), told);
            }
            if (result.status() / 100 == 2) {
                fetched = options(result.json(), source);
            }
        } catch (IOException e) {
            // Without its options the slot takes the customer's own words; the action still checks them.
        }
        ActiveFlow withOptions = active.withOptions(slot.name(), fetched);
        ReadableSlot readable = readable(turn, slot, withOptions);
        Optional<String> given = withOptions.said().reversed().stream()
                .flatMap(said -> SlotReader.unprompted(readable, said, withOptions.slots().values()).stream())
                .findFirst();
        return proceed(turn, flow, given.map(v -> withOptions.with(slot.name(), v)).orElse(withOptions), notices);
    }

    /** The flow's slots a URL names (not the bot's variables, such as {@code {orderApi}}). */
    private static List<String> slotsNamedIn(FlowDefinition flow, String url) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(url);
        while (m.find()) {
            String name = m.group(1);
            if (flow.slots().stream().anyMatch(s -> s.name().equals(name))) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<SlotOption> options(Map<String, Object> json, OptionsSource source) {
        Object list = JsonPaths.lookup(json, source.list());
        List<SlotOption> options = new ArrayList<>();
        if (list instanceof List<?> elements) {
            for (Object element : elements) {
                if (element instanceof Map<?, ?> map && map.get(source.title()) != null) {
                    List<String> details = source.details().stream().map(map::get).filter(d -> d != null).map(String::valueOf).toList();
                    String title = map.get(source.title()) + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
                    Object value = source.value() == null ? null : map.get(source.value());
                    options.add(new SlotOption(title, value == null ? title : String.valueOf(value)));
                }
            }
        }
        return options;
    }

    /** The slot with the options it can be answered with now. */
    private static ReadableSlot readable(TurnContext turn, SlotDefinition slot, ActiveFlow active) {
        if (slot.type() != SlotType.CHOICE) {
            return new ReadableSlot(slot, List.of(), slot.type() == SlotType.TEXT);
        }
        List<SlotOption> fetched = active.options().get(slot.name());
        if (slot.optionsFrom() != null && fetched != null && fetched.isEmpty()) {
            return new ReadableSlot(slot, List.of(), true);
        }
        List<SlotOption> choices = new ArrayList<>(fetched == null ? List.of() : fetched);
        choices.addAll(slot.options());
        return new ReadableSlot(slot, choices, false);
    }

    private NewMessage question(TurnContext turn, SlotDefinition slot, ActiveFlow active) {
        String text = Templates.fill(slot.ask(), shown(turn, active, Map.of()));
        return TurnContext.botMessage(text, quickReplies(turn, readable(turn, slot, active)), List.of());
    }

    /** The buttons offered with a slot's question: its options, or yes and no. */
    private static List<QuickReply> quickReplies(TurnContext turn, ReadableSlot slot) {
        return switch (slot.definition().type()) {
            case CHOICE -> slot.choices().stream().map(o -> new QuickReply(o.title(), o.title())).toList();
            case YES_NO -> List.of(new QuickReply(turn.phrases().yes(), "yes"), new QuickReply(turn.phrases().no(), "no"));
            default -> List.of();
        };
    }

    /**
     * Ends the flow with its closing text or its action's answer (and its hand-over, if any); or,
     * when the action's answer turns down some values, says so and asks for them again.
     */
    private Decision finish(TurnContext turn, FlowDefinition flow, ActiveFlow active, List<NewMessage> notices) {
        List<NewMessage> replies = new ArrayList<>(notices);
        HttpAction action = flow.action();
        boolean succeeded = true;
        if (action == null) {
            replies.add(TurnContext.botMessage(Templates.fill(flow.done().text(), shown(turn, active, Map.of())),
                    flow.done().quickReplies(), List.of()));
        } else {
            Optional<Answer> answer = Optional.empty();
            try {
                answer = call(turn, action, active);
            } catch (IOException e) {
                // The customer hears the bot's own words for this below; the service logs failures of its client.
            }
            if (answer.isPresent() && !answer.get().response().askAgain().isEmpty()) {
                replies.add(answer.get().message());
                return askAgain(turn, flow, active, answer.get().response().askAgain(), replies);
            }
            replies.add(answer.map(Answer::message)
                    .orElseGet(() -> TurnContext.botMessage(action.error(), turn.handoffButton(), List.of())));
            succeeded = answer.isPresent() && answer.get().response().status() / 100 == 2;
        }
        // Going through the finished flow first keeps its slots in the conversation's context, unless
        // the API turned them down (an order it does not know is not the customer's order).
        DialogueState done = (succeeded ? turn.state().withFlow(active) : turn.state()).withFlow(null).helped();
        return flow.handoff() == null
                ? new Decision(replies, done, null)
                : new Decision(replies, done, new EscalationRequest(EscalationReason.RULE, flow.handoff()));
    }

    /** Goes on without the values the action turned down and the flow's confirmations, after what was said. */
    private Decision askAgain(TurnContext turn, FlowDefinition flow, ActiveFlow active, List<String> turnedDown,
            List<NewMessage> said) {
        List<String> dropped = new ArrayList<>(turnedDown);
        flow.slots().stream().filter(s -> s.type() == SlotType.YES_NO).forEach(s -> dropped.add(s.name()));
        Decision next = proceed(turn, flow, active.without(dropped), List.of());
        List<NewMessage> replies = new ArrayList<>(said);
        replies.addAll(next.replies());
        return new Decision(replies, next.state(), next.escalation());
    }

    /** An API's answer that the action lists: the listed response, and the bot's message made from it. */
    private record Answer(ActionResponse response, NewMessage message) {}

    /** Makes an action's call; its answer, if the action lists the answer's status. */
    private Optional<Answer> call(TurnContext turn, HttpAction action, ActiveFlow active) throws IOException {
        Map<String, String> variables = turn.settings().variables();
        Map<String, String> body = new LinkedHashMap<>();
        action.body().forEach((k, v) -> body.put(k, Templates.fill(v, values(turn, active, Map.of()))));
        Map<String, String> headers = new LinkedHashMap<>();
        action.headers().forEach((k, v) -> headers.put(k, Templates.fill(v, variables)));
        ActionClient.ActionResult result = actions.call(action.method(),
                Templates.fillUrl(action.url(), active.slots(), variables), headers, body);
        return action.responseFor(result.status(), result.json()).map(response -> new Answer(response, TurnContext.botMessage(
                Templates.fill(response.text(), shown(turn, active, result.json())), response.quickReplies(), List.of())));
    }

    /**
     * What the flow's check gave.
     *
     * @param flow the flow, marked as checked when the check passed
     * @param ending the decision that ends the flow, when the check's answer is one it lists (else null)
     */
    private record Checked(ActiveFlow flow, Decision ending) {}

    /** Runs the flow's check once the slots it names are filled, and again when one of them is corrected. */
    private Checked check(TurnContext turn, FlowDefinition flow, ActiveFlow active, List<NewMessage> notices) {
        List<String> named = slotsNamedIn(flow, flow.check().url());
        Map<String, String> values = new LinkedHashMap<>();
        named.forEach(n -> values.put(n, active.slots().get(n)));
        if (!active.slots().keySet().containsAll(named) || values.equals(active.checked())) {
            return new Checked(active, null);
        }
        try {
            Optional<Answer> refusal = call(turn, flow.check(), active);
            if (refusal.isPresent()) {
                List<NewMessage> replies = new ArrayList<>(notices);
                replies.add(refusal.get().message());
                return new Checked(active, new Decision(replies, turn.state().withFlow(active).withFlow(null).helped(), null));
            }
        } catch (IOException e) {
            // Unchecked, the flow goes on: its action answers for the order system at the end.
        }
        return new Checked(active.checkedWith(values), null);
    }

    /**
     * The values a text the customer reads fills in: a chosen option of the flow's own that is
     * titled otherwise than its value shows its title, in the conversation's language ("尺码偏大",
     * not the "too big" sent to the API).
     */
    private static Map<String, Object> shown(TurnContext turn, ActiveFlow active, Map<String, Object> response) {
        Map<String, Object> values = values(turn, active, response);
        turn.bot().flow(active.name()).ifPresent(flow -> flow.slots().forEach(slot -> slot.options().stream()
                .filter(option -> option.value().equals(values.get(slot.name())) && !option.title().equalsIgnoreCase(option.value()))
                .findFirst()
                .ifPresent(option -> values.put(slot.name(), option.title()))));
        return values;
    }

    private static Map<String, Object> values(TurnContext turn, ActiveFlow active, Map<String, Object> response) {
        Map<String, Object> values = new HashMap<>(turn.settings().variables());
        values.putAll(turn.state().slots());
        values.putAll(active.slots());
        values.put("response", response);
        return values;
    }
}
