package dev.chatdesk.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.dialogue.Decision;
import dev.chatdesk.core.dialogue.DialogueManager;
import dev.chatdesk.core.dialogue.DialogueState;
import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.IntentScore;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.nlu.Sentiment;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.kb.articles.ArticleFiles;
import dev.chatdesk.kb.index.KbSettings;
import dev.chatdesk.kb.index.LuceneKnowledgeBase;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import dev.chatdesk.server.app.HttpActionClient;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo bot answers what was asked, not just the intent's topic: the response of the intent
 * that fits the message, or a help article's passage when it answers the question clearly
 * better (the real sentence encoder and knowledge base; the intent is given).
 */
class AnswerThatFitsTest {
    private static SentenceEmbedder embedder;
    private static CountingEmbedder counted;
    private static LuceneKnowledgeBase knowledgeBase;
    private static DialogueManager manager;

    @BeforeAll
    static void start() throws Exception {
        BotDefinition bot = BotDirectory.load(DemoShopBotTest.DEMO_SHOP);
        embedder = new SentenceEmbedder(PretrainedEncoder.defaultEncoder());
        counted = new CountingEmbedder(embedder);
        knowledgeBase = LuceneKnowledgeBase.inMemory(counted,
                KbSettings.defaults().withSynonyms(Files.readString(DemoShopBotTest.DEMO_SHOP.resolve("synonyms.txt"))));
        // the questions are English: the Chinese articles would only cost embedding time
        knowledgeBase.replaceAll(ArticleFiles.read(DemoShopBotTest.DEMO_SHOP.resolve("articles")).stream()
                .filter(article -> article.language() == Language.EN).toList());
        manager = new DialogueManager(bot, knowledgeBase, new HttpActionClient(), counted, new Random(3));
    }

    @AfterAll
    static void stop() {
        knowledgeBase.close();
        embedder.close();
    }

    private static NewMessage answer(String text, String intent) {
        IntentScore score = new IntentScore(intent, 0.9);
        Decision decision = manager.respond(DialogueState.INITIAL, text,
                new NluResult(score, List.of(score), false, new Sentiment(SentimentLabel.NEUTRAL, 0.9), 0.02));
        assertEquals(1, decision.replies().size(), decision.replies().toString());
        return decision.replies().get(0);
    }

    @Test
    void aStudentAsksAboutTheStudentDiscountNotTheNewsletter() {
        String reply = answer("do you have a student discount?", "discount_code").text();
        assertTrue(reply.contains("Students get 15% off") || reply.contains("15%"), reply);
        assertFalse(reply.contains("newsletter"), reply);
    }

    @Test
    void aQuestionAboutStoredCardDetailsGetsTheSecurityArticle() {
        NewMessage reply = answer("is my payment information stored securely?", "payment_methods");
        assertEquals(List.of("payments-security-saved-cards"), reply.sources().stream().map(s -> s.id()).toList(), reply.text());
    }

    @Test
    void aQuestionTheArticlesAnswerBetterIsEmbeddedOnceForTheAnswerChoiceAndTheSearch() {
        String question = "are my saved card details kept safe?";
        NewMessage reply = answer(question, "payment_methods");

        assertEquals(List.of("payments-security-saved-cards"), reply.sources().stream().map(s -> s.id()).toList(), reply.text());
        assertEquals(1, counted.times(question));
    }

    @Test
    void aJacketSizeQuestionGetsNoShoeFittingAdvice() {
        String reply = answer("which size rain jacket for 182 cm / 80 kg?", "size_guide").text();
        assertFalse(reply.contains("heel to longest toe"), reply);
    }

    @Test
    void aPlainQuestionIsAnsweredOnItsTopicByTheIntentOrItsArticle() {
        NewMessage reply = answer("what payment methods do you accept?", "payment_methods");
        assertTrue(reply.text().contains("PayPal") && reply.text().contains("Klarna"), reply.text().replace("\n", " | "));
    }

    @Test
    void aMessageThatIsNotAQuestionKeepsTheIntentsOwnAnswer() {
        NewMessage reply = answer("I'd like to pay with something other than my card", "payment_methods");
        assertTrue(reply.sources().isEmpty(), reply.text());
        assertTrue(reply.text().contains("PayPal"), reply.text());
    }

    /** The real encoder, counting how often it embeds each text. */
    private record CountingEmbedder(TextEmbedder encoder, Map<String, AtomicInteger> counts) implements TextEmbedder {
        CountingEmbedder(TextEmbedder encoder) {
            this(encoder, new ConcurrentHashMap<>());
        }

        int times(String text) {
            AtomicInteger count = counts.get(text);
            return count == null ? 0 : count.get();
        }

        @Override
        public int dimensions() {
            return encoder.dimensions();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            texts.forEach(text -> counts.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet());
            return encoder.embed(texts);
        }
    }
}
