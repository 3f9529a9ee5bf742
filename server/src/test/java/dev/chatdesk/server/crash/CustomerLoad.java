package dev.chatdesk.server.crash;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Steady load from concurrent customers: each in its own conversation on its own thread, sending
 * shop questions one after another with unique client message ids until the load is stopped or the
 * server stops answering. Now and then a customer re-sends its last message (as a widget retries
 * after a lost answer), some ask for a person in words and some press the handoff button, so
 * escalations happen under load too.
 */
final class CustomerLoad {
    static final String ASK_FOR_A_PERSON = "I want to talk to a human agent please";
    private static final List<String> QUESTIONS = List.of(
            "where is my order?",
            "what payment methods do you accept?",
            "do you ship to Canada?",
            "how long does delivery take?",
            "can I return a jacket I bought last week?",
            "are your down jackets machine washable?",
            "how much is shipping to Germany?",
            "do you have the rain jacket in size M?",
            "my order number is NW-482913",
            "when will my refund arrive?",
            "do you sell gift cards?",
            "can I change the delivery address of my order?",
            "I'd like to cancel my order",
            "thanks, that helps");
    /** The step at which escalating customers escalate: early, so the escalation is acknowledged before the kill. */
    private static final int ESCALATION_STEP = 2;
    /** Every this many steps a customer re-sends its last message instead of a new one. */
    private static final int RETRY_EVERY = 5;

    private final ApiClient http;
    private final List<CustomerSession> sessions;
    private final List<Thread> customers = new ArrayList<>();
    private volatile boolean stopped;

    private CustomerLoad(ApiClient http, List<CustomerSession> sessions) {
        this.http = http;
        this.sessions = sessions;
    }

    /** Opens one conversation per customer, then starts them all talking at once. */
    static CustomerLoad start(ApiClient http, int customerCount) throws IOException, InterruptedException {
        List<CustomerSession> sessions = new ArrayList<>();
        for (int i = 0; i < customerCount; i++) {
            ApiClient.Response started = http.post("/api/v1/conversations", null, ApiClient.object()
                    .set("customer", ApiClient.object().put("name", "Customer " + i).put("email", "customer" + i + "@example.com")));
            if (started.status() != 201) {
                throw new IllegalStateException("starting a conversation failed with " + started.status() + ": " + started.text());
            }
            sessions.add(new CustomerSession(started.at("/conversationId").asText(), started.at("/token").asText()));
        }
        CustomerLoad load = new CustomerLoad(http, List.copyOf(sessions));
        for (int i = 0; i < customerCount; i++) {
            int customer = i;
            Thread thread = new Thread(() -> load.talk(customer), "customer-" + i);
            thread.setDaemon(true);
            load.customers.add(thread);
        }
        load.customers.forEach(Thread::start);
        return load;
    }

    /** Waits until the load has run at least {@code atLeast} and reached both counts, but no longer than {@code atMost}. */
    void awaitProgress(Duration atLeast, int acknowledgedMessages, int escalations, Duration atMost) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            boolean enough = elapsed.compareTo(atLeast) >= 0
                    && acknowledgedMessages() >= acknowledgedMessages && escalations() >= escalations;
            if (enough || elapsed.compareTo(atMost) >= 0 || customers.stream().noneMatch(Thread::isAlive)) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Stops sending and waits for every customer's thread to end. */
    void stop() throws InterruptedException {
        stopped = true;
        for (Thread customer : customers) {
            customer.join(Duration.ofSeconds(90));
            if (customer.isAlive()) {
                throw new IllegalStateException(customer.getName() + " is still waiting for the server 90 s after the load stopped");
            }
        }
    }

    List<CustomerSession> sessions() {
        return sessions;
    }

    /** The distinct messages acknowledged so far in all conversations. */
    int acknowledgedMessages() {
        return sessions.stream().mapToInt(s -> s.acknowledgedMessages().size()).sum();
    }

    /** The conversations acknowledged as escalated so far. */
    long escalations() {
        return sessions.stream().filter(CustomerSession::wasAcknowledgedAsEscalated).count();
    }

    private void talk(int customer) {
        CustomerSession session = sessions.get(customer);
        String lastId = null;
        String lastText = null;
        try {
            for (int step = 0; !stopped; step++) {
                if (step == ESCALATION_STEP && customer % 4 == 1) {
                    pressHandoff(session);
                } else if (step % RETRY_EVERY == RETRY_EVERY - 1 && lastId != null) {
                    send(session, lastId, lastText);
                } else {
                    lastId = "c" + customer + "-m" + step;
                    lastText = step == ESCALATION_STEP && customer % 4 == 0
                            ? ASK_FOR_A_PERSON
                            : QUESTIONS.get((customer * 3 + step) % QUESTIONS.size());
                    send(session, lastId, lastText);
                }
            }
        } catch (IOException | InterruptedException e) {
            // Expected once the server is killed: whatever was in flight was not acknowledged.
            session.cutOff(e);
        }
    }

    private void send(CustomerSession session, String clientMessageId, String text) throws IOException, InterruptedException {
        ApiClient.Response reply = http.post("/api/v1/conversations/" + session.conversationId() + "/messages", session.token(),
                ApiClient.object().put("text", text).put("clientMessageId", clientMessageId));
        if (reply.status() != 200) {
            session.reject(clientMessageId + " -> " + reply.status() + " " + reply.text());
            return;
        }
        JsonNode message = reply.at("/message");
        session.acknowledge(new CustomerSession.Acknowledged(clientMessageId, message.at("/id").asText(), message.at("/seq").asLong()));
        noteEscalation(session, reply);
    }

    private void pressHandoff(CustomerSession session) throws IOException, InterruptedException {
        ApiClient.Response reply = http.post("/api/v1/conversations/" + session.conversationId() + "/handoff", session.token(),
                ApiClient.object());
        if (reply.status() != 200) {
            session.reject("handoff -> " + reply.status() + " " + reply.text());
            return;
        }
        noteEscalation(session, reply);
    }

    private static void noteEscalation(CustomerSession session, ApiClient.Response reply) {
        if (reply.at("/status").asText().equals("waiting_for_agent")) {
            session.escalated();
        }
    }
}
