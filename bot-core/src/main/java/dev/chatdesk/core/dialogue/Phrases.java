package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.nlu.Language;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the dialogue manager itself says and recognises in a language, beside the bot's own texts:
 * its few fixed sentences and buttons, and the words for yes, no, stop, "the second one" and a
 * person.
 *
 * @param stopped the answer to "stop" in a flow
 * @param noAnswer said when a question asked in the middle of a flow has no answer
 * @param otherWords asks for other words after "none of these"
 * @param gaveUp said before the fallback when a flow leaves a slot it could not read
 * @param noneOfThese the last button of a clarification
 * @param didYouMean the question of a clarification that offers one intent, {@code %s} its title
 * @param yes the title of a yes button
 * @param no the title of a no button
 * @param talkToPerson the title of the hand-over button of a bot without a {@code human_handoff} intent
 * @param askedForPerson tells agents the customer asked for a person in words
 * @param pressedHandoff tells agents the customer pressed the hand-over button
 * @param couldNotHelp tells agents the bot failed {@code %d} times in a row
 * @param yesWords whole answers that mean yes
 * @param noWords whole answers that mean no
 * @param stopWords whole answers that leave a flow
 * @param leaving the start of a message that leaves a flow whatever follows
 * @param ordinals answers naming an offer by its place, to its index
 * @param question how a question is worded
 * @param people words that name a person to talk to
 */
record Phrases(
        String stopped,
        String noAnswer,
        String otherWords,
        String gaveUp,
        String noneOfThese,
        String didYouMean,
        String yes,
        String no,
        String talkToPerson,
        String askedForPerson,
        String pressedHandoff,
        String couldNotHelp,
        Set<String> yesWords,
        Set<String> noWords,
        Set<String> stopWords,
        Pattern leaving,
        Map<String, Integer> ordinals,
        Pattern question,
        Set<String> people) {
    private static final Phrases ENGLISH = new Phrases(
            "Okay, I've stopped that. What else can I help you with?",
            "Sorry, I don't have an answer to that one.",
            "Okay. Could you tell me in other words what you need?",
            "I still couldn't read that, so let's leave it for now.",
            "None of these",
            "I'm not quite sure I understood. Do you mean \"%s\"?",
            "Yes",
            "No",
            "Talk to a person",
            "the customer asked for a person",
            "the customer pressed the handoff button",
            "the bot could not help %d times in a row",
            Set.of("yes", "y", "yeah", "yea", "yep", "yup", "sure", "ok", "okay", "correct", "right", "that one", "this one",
                    "exactly", "please", "yes please", "go ahead", "do it", "confirm"),
            Set.of("no", "n", "nope", "nah", "no thanks", "no thank you", "not really", "neither", "none", "none of these",
                    "none of them", "wrong", "don't", "do not"),
            Set.of("stop", "cancel", "never mind", "nevermind", "forget it", "quit", "exit", "stop it", "cancel that",
                    "forget about it", "leave it"),
            Pattern.compile("^(?:(?:actually|oh|ok|okay|sorry|no|wait)\\s+)*(?:never mind|nevermind|forget it|forget about it|stop|leave it)\\b"),
            Map.of("the first one", 0, "first one", 0, "the first", 0, "first", 0,
                    "the second one", 1, "second one", 1, "the second", 1, "second", 1,
                    "the third one", 2, "third one", 2),
            Pattern.compile("\\?\\s*$|^(how|what|whats|what's|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should|may|have|has)\\b",
                    Pattern.CASE_INSENSITIVE),
            Set.of("human", "person", "people", "someone", "somebody", "agent", "staff", "representative", "operator", "colleague"));

    private static final Phrases CHINESE = new Phrases(
            "好的，已经停止了。还有什么可以帮您的吗？",
            "抱歉，这个问题我暂时回答不了。",
            "好的。能换个说法告诉我您需要什么吗？",
            "抱歉，我还是没看明白，这一步我们先放一放。",
            "都不是",
            "不太确定我理解得对不对，您是想问“%s”吗？",
            "是",
            "否",
            "转人工客服",
            "客户要求转人工",
            "客户点了转人工按钮",
            "机器人连续 %d 次没能帮上忙",
            Set.of("是", "是的", "是啊", "对", "对的", "对啊", "没错", "好", "好的", "好啊", "好滴", "嗯", "嗯嗯", "可以", "行", "要",
                    "确认", "确定", "没问题", "就这个", "这个", "ok", "okay", "yes"),
            Set.of("不", "不是", "不对", "不要", "不用", "不用了", "不需要", "没有", "否", "都不是", "都不对", "no", "算了吧"),
            Set.of("算了", "不用了", "取消", "停", "停止", "别管了", "不弄了", "不需要了", "先不用了", "退出", "stop"),
            Pattern.compile("^(?:(?:哦|噢|啊|嗯|其实|不好意思)\\s*)*(?:算了|不用了|别管了|先不用了|不需要了)"),
            Map.of("第一个", 0, "第一", 0, "第二个", 1, "第二", 1, "第三个", 2, "第三", 2),
            Pattern.compile("[?？]\\s*$|吗|呢|怎么|怎样|什么|如何|多久|多少|哪|几天|几号|能不能|可不可以|是否|为什么|有没有"),
            Set.of("人工", "真人", "客服", "人工客服", "工作人员", "店员", "小二", "经理"));

    /** The phrases of a language. */
    static Phrases of(Language language) {
        return language == Language.ZH ? CHINESE : ENGLISH;
    }
}
