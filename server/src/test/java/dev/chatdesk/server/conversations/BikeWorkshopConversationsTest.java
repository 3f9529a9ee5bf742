package dev.chatdesk.server.conversations;

import dev.chatdesk.server.e2e.TestServer;
import dev.chatdesk.server.testing.BotCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Customers of Spoke & Chain, a bike workshop (the test bot under {@code src/test/resources/bots/bike-workshop})
 * talking to it: the conversations of {@code conversations/bike-workshop/*.yml}, against the real server
 * with the bot's trained model, whose flows call a {@link WorkshopService} on 127.0.0.1.
 */
class BikeWorkshopConversationsTest extends ConversationSuite {
    static final String BOT = "bike-workshop";

    private WorkshopService workshop;

    @Override
    String bot() {
        return BOT;
    }

    @Override
    TestServer startServer() throws Exception {
        workshop = WorkshopService.start();
        Map<String, String> env = new HashMap<>(UNTHROTTLED);
        env.put("CHATDESK_BOT", botCallingWorkshop().toString());
        return TestServer.start(env);
    }

    @Override
    void stopServices() {
        if (workshop != null) {
            workshop.close();
        }
    }

    /** A copy of the bot whose {@code workshopApi} is this run's workshop service (the model cache ignores variables). */
    private Path botCallingWorkshop() throws IOException {
        Path copy = BotCopies.of(BOT);
        Path settings = copy.resolve("bot.yml");
        String yaml = Files.readString(settings);
        String pointed = yaml.replaceFirst("workshopApi: \"[^\"]*\"", "workshopApi: \"" + workshop.baseUrl() + "\"");
        if (pointed.equals(yaml)) {
            throw new IllegalStateException("bots/" + BOT + "/bot.yml sets no workshopApi variable");
        }
        Files.writeString(settings, pointed);
        return copy;
    }
}
