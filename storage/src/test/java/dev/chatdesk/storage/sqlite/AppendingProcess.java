package dev.chatdesk.storage.sqlite;

import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link SqliteConversationStoreCrashTest}: appends messages to one
 * conversation until it is killed, printing the conversation id, then each message id the moment
 * {@code append} has returned it.
 */
public final class AppendingProcess {
    private AppendingProcess() {}

    /** Appends to a new conversation in the database file given as the only argument. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        JdbcStorage storage = SqliteStorage.open(Path.of(args[0]), Clock.systemUTC());
        String conversationId = storage.conversations().create(new NewConversation("web", null, null, "en", "hash")).id();
        out.println(conversationId);
        out.flush();
        for (long i = 0; ; i++) {
            out.println(storage.conversations().append(conversationId, NewMessage.fromCustomer("message " + i, "client-" + i)).id());
            out.flush();
        }
    }
}
