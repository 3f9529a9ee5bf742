package dev.chatdesk.core.bot;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks that the parts of a bot fit together: flows and rules name intents it has, slots can be read. */
final class BotValidation {
    private BotValidation() {}

    static void check(Path directory, BotDefinition bot) {
        Set<String> intents = new HashSet<>();
        bot.intents().forEach(i -> intents.add(i.name()));
        Set<String> triggers = new HashSet<>();
        for (FlowDefinition flow : bot.flows()) {
            String where = directory.resolve("flows").resolve(flow.name() + ".yml") + ": ";
            require(flow.name() != null && !flow.name().isBlank(), where + "the 'flow' key (the flow's name) is missing");
            require(intents.contains(flow.trigger()), where + "trigger '" + flow.trigger() + "' is not an intent of the bot");
            require(triggers.add(flow.trigger()), where + "another flow already starts on intent '" + flow.trigger() + "'");
            require(flow.action() != null || flow.done() != null, where + "a flow needs an 'action' or a 'done' response");
            for (SlotDefinition slot : flow.slots()) {
                checkSlot(where + "slot '" + slot.name() + "': ", slot);
            }
            if (flow.check() != null) {
                require(flow.check().url() != null && !flow.check().url().isBlank(), where + "the check has no 'url'");
                require(flow.check().responses().stream().allMatch(r -> r.askAgain().isEmpty()),
                        where + "'askAgain' belongs to the action's responses; a check's listed answers end the flow");
            }
            if (flow.action() != null) {
                require(flow.action().url() != null && !flow.action().url().isBlank(), where + "the action has no 'url'");
                require(Set.of("GET", "POST", "PUT", "DELETE").contains(flow.action().method()),
                        where + "action method must be GET, POST, PUT or DELETE, was " + flow.action().method());
                Set<String> slots = new HashSet<>();
                flow.slots().forEach(s -> slots.add(s.name()));
                for (ActionResponse response : flow.action().responses()) {
                    require(slots.containsAll(response.askAgain()), where + "the response to status " + response.status()
                            + " asks again for " + response.askAgain() + ", but the flow's slots are " + slots);
                }
            }
        }
        for (EscalationRule rule : bot.settings().escalation().rules()) {
            require(intents.contains(rule.intent()), directory.resolve("bot.yml") + ": escalation rule '" + rule.name()
                    + "' names intent '" + rule.intent() + "', which the bot does not have");
        }
    }

    private static void checkSlot(String where, SlotDefinition slot) {
        require(slot.name() != null && slot.name().matches("[A-Za-z_][A-Za-z0-9_]*"), where + "a slot needs a 'name' of letters, digits and _");
        require(slot.ask() != null && !slot.ask().isBlank(), where + "the 'ask' question is missing");
        switch (slot.type()) {
            case PATTERN -> {
                require(slot.pattern() != null, where + "a pattern slot needs a 'pattern'");
                compiles(where + "the pattern ", slot.pattern());
            }
            case CHOICE -> require(!slot.options().isEmpty() || slot.optionsFrom() != null,
                    where + "a choice slot needs 'options' or 'optionsFrom'");
            case TEXT -> {
                if (slot.fillWhen() != null) {
                    compiles(where + "'fillWhen' ", slot.fillWhen());
                }
            }
            default -> { }
        }
        require(slot.optionsFrom() == null || slot.type() == SlotType.CHOICE, where + "only a choice slot takes 'optionsFrom'");
        require(slot.optionsFrom() == null || (slot.optionsFrom().url() != null && !slot.optionsFrom().url().isBlank()),
                where + "'optionsFrom' needs a 'url'");
        require(slot.fillWhen() == null || slot.type() == SlotType.TEXT, where + "only a text slot takes 'fillWhen'");
    }

    private static void compiles(String what, String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(what + "is not a valid regular expression: " + e.getDescription());
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
