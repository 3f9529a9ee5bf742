package dev.chatdesk.server.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.IntentDefinition;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo shop bot ships inside the jar and is a realistic bot, not a toy. */
class DemoBotTest {

    @Test
    void theEmbeddedDemoBotHasManyIntentsWithVariedDistinctExamples() throws Exception {
        BotDefinition demo = BotDirectory.loadDemo();
        assertTrue(demo.intents().size() >= 25, demo.intents().size() + " intents");
        assertTrue(demo.hasOutOfScopeExamples());
        Set<String> seen = new HashSet<>();
        int examples = 0;
        for (IntentDefinition intent : demo.intents()) {
            assertTrue(intent.examples().size() >= 15, intent.name());
            assertTrue(!intent.responses().isEmpty(), intent.name() + " has no response");
            for (String example : intent.examples()) {
                assertTrue(seen.add(example.toLowerCase().strip()), "duplicate example: " + example);
                examples++;
            }
        }
        assertTrue(examples >= 500, examples + " examples");
    }
}
