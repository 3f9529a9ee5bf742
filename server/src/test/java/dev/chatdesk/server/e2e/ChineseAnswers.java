package dev.chatdesk.server.e2e;

import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.BotResponse;
import dev.chatdesk.core.nlu.Language;
import java.util.List;

/** A Chinese question for the demo bot, and the Chinese answers it may get, word for word. */
final class ChineseAnswers {
    /** Asks which payment methods the shop takes. */
    static final String PAYMENT_QUESTION = "请问你们支持哪些付款方式？";

    private ChineseAnswers() {}

    /** The demo bot's Chinese answers to {@link #PAYMENT_QUESTION}. */
    static List<String> toPaymentQuestion() throws Exception {
        return BotDirectory.loadLanguages(BotDirectory.demoDirectory()).in(Language.ZH)
                .intent("payment_methods").orElseThrow().responses().stream().map(BotResponse::text).toList();
    }
}
