package dev.chatdesk.server.conversations;

import dev.chatdesk.server.e2e.TestServer;

/**
 * Customers of the demo shop (Northwind Outfitters, {@code bots/demo-shop}) talking to it: the
 * conversations of {@code conversations/demo-shop/*.yml}, against the real server with the demo bot's
 * trained model and its demo order service.
 */
class DemoShopConversationsTest extends ConversationSuite {
    @Override
    String bot() {
        return "demo-shop";
    }

    @Override
    TestServer startServer() throws Exception {
        return TestServer.start(UNTHROTTLED);
    }
}
