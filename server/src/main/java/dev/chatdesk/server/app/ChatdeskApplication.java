package dev.chatdesk.server.app;

import dev.chatdesk.connectors.admin.KnowledgeBaseApi;
import dev.chatdesk.connectors.agent.AgentAccounts;
import dev.chatdesk.connectors.agent.AgentApi;
import dev.chatdesk.connectors.agent.CustomerDataApi;
import dev.chatdesk.connectors.agent.CustomerProfileApi;
import dev.chatdesk.connectors.agent.PasswordHasher;
import dev.chatdesk.connectors.agent.SavedRepliesApi;
import dev.chatdesk.connectors.events.EventBusConversationEvents;
import dev.chatdesk.connectors.http.LocalRateLimitBuckets;
import dev.chatdesk.connectors.http.RateLimitBuckets;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.connectors.http.TrustedProxies;
import dev.chatdesk.connectors.insights.CachedEmbeddings;
import dev.chatdesk.connectors.insights.DraftsApi;
import dev.chatdesk.connectors.insights.InsightsApi;
import dev.chatdesk.connectors.platform.PlatformConnector;
import dev.chatdesk.connectors.platform.PlatformDelivery;
import dev.chatdesk.connectors.platform.PlatformWebhooks;
import dev.chatdesk.connectors.platform.RetryPolicy;
import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.connectors.web.CustomerApi;
import dev.chatdesk.connectors.web.CustomerIdentity;
import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.BotDrafts;
import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.bot.BotSettings;
import dev.chatdesk.core.bot.Thresholds;
import dev.chatdesk.core.dialogue.DialogueManager;
import dev.chatdesk.core.insights.AngerWatch;
import dev.chatdesk.core.insights.QuestionGrouper;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.NluModels;
import dev.chatdesk.core.privacy.PiiRedactor;
import dev.chatdesk.core.service.AgentAssist;
import dev.chatdesk.core.service.ConversationService;
import dev.chatdesk.core.store.Storage;
import dev.chatdesk.kb.index.Embedders;
import dev.chatdesk.kb.index.KbSettings;
import dev.chatdesk.kb.index.LuceneKnowledgeBase;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.serving.BatchingPredictor;
import dev.chatdesk.models.serving.BatchingSentenceEmbedder;
import dev.chatdesk.models.serving.BatchingSettings;
import dev.chatdesk.models.training.BotEncoder;
import dev.chatdesk.models.training.BotTrainingData;
import dev.chatdesk.models.training.TrainingData;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.training.ModelCache;
import dev.chatdesk.models.training.TrainingProgress;
import dev.chatdesk.models.training.TrainingSettings;
import dev.chatdesk.server.cluster.ClusterKnowledgeBase;
import dev.chatdesk.server.cluster.HazelcastRateLimitBuckets;
import dev.chatdesk.server.cluster.HazelcastSettings;
import dev.chatdesk.server.cluster.NodeIdentity;
import dev.chatdesk.server.cluster.OneNodeAtATime;
import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.server.config.ClusterConfig;
import dev.chatdesk.server.config.DialogueConfig;
import dev.chatdesk.server.config.EncryptionKeysParser;
import dev.chatdesk.server.config.Redaction;
import dev.chatdesk.server.config.Secret;
import dev.chatdesk.server.http.ConnectionLimits;
import dev.chatdesk.server.http.HttpApis;
import dev.chatdesk.server.http.HttpVerticle;
import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Chatdesk server: the store, the bot's model (trained on first start, then loaded from
 * the cache), the knowledge base, the dialogue manager and the HTTP server, started in that order
 * and closed in reverse.
 */
public final class ChatdeskApplication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatdeskApplication.class);
    /** How often the queue is checked for escalations that have waited too long. */
    private static final Duration OVERDUE_CHECK = Duration.ofSeconds(15);
    private static final Duration RETENTION_CHECK = Duration.ofDays(1);
    /** How long a stopping server lets platform sends under way finish. */
    private static final Duration DELIVERY_DRAIN = Duration.ofSeconds(5);
    // Longer than a delivery's retries (2 minutes) with a conversation's queue before it.
    private static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);
    // Longer than the retries too, so that one sweep's resends are done before the next looks.
    private static final Duration LEFTOVER_SWEEP = Duration.ofMinutes(5);

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private volatile boolean ready;
    private int port;

    private ChatdeskApplication() {}

    /** Starts a server with the given configuration; training progress goes to {@code progress}. */
    public static ChatdeskApplication start(ChatdeskConfig config, TrainingProgress progress) throws Exception {
        return start(config, progress, Clock.systemUTC());
    }

    /** Starts a server whose conversations, sessions and team hours go by the given clock. */
    public static ChatdeskApplication start(ChatdeskConfig config, TrainingProgress progress, Clock clock) throws Exception {
        ChatdeskApplication app = new ChatdeskApplication();
        try {
            app.boot(config, progress, clock);
            return app;
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
    }

    /** The port the HTTP server listens on. */
    public int port() {
        return port;
    }

    private void boot(ChatdeskConfig config, TrainingProgress progress, Clock clock) throws Exception {
        PiiRedactor redactor = new PiiRedactor();
        if (config.privacy().redact() != Redaction.OFF) {
            RedactingOutputStream.redactStandardError(redactor);
        }
        Path dataDir = config.dataDir();
        Files.createDirectories(dataDir);
        Path botDirectory = config.bot() != null ? config.bot() : BotDirectory.demoDirectory();
        BotLanguages loaded = BotDirectory.loadLanguages(botDirectory); // a mistake in the bot stops the start here

        String nodeId = NodeIdentity.next();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        metrics.config().commonTags("node", nodeId);
        HazelcastClusterManager clusterManager = config.cluster().enabled()
                ? new HazelcastClusterManager(HazelcastSettings.of(config.cluster(), nodeId))
                : null;
        Vertx vertx = startVertx(config.cluster(), clusterManager, metrics);
        resources.push(() -> vertx.close().await());

        Map<String, String> variables = DemoServices.start(vertx, config, resources);
        // The bot as it runs: with the configuration's overrides and the variables; the same when it is edited.
        UnaryOperator<BotLanguages> running = edited -> edited.withSettings(
                settings -> withOverrides(settings, config.dialogue()).withVariables(variables));
        BotLanguages bot = running.apply(loaded);

        RecordCipher cipher = EncryptionKeysParser.cipher(config.privacy());
        if (!cipher.enabled()) {
            LOG.warn("Customers' messages and details are stored unencrypted: set privacy.encryptionKeys to encrypt them at rest");
        }
        UnaryOperator<String> storedText = config.privacy().redact() == Redaction.STORE ? redactor::redact : UnaryOperator.identity();
        JdbcStorage storage = Storages.open(config.store(), clock, cipher, storedText);
        resources.push(storage);
        PasswordHasher hasher = new PasswordHasher();
        AgentAccounts accounts = new AgentAccounts(storage.agents(), hasher, clock, config.auth().agentTokenTtl());
        String adminPassword = Secret.valueOf(config.auth().adminPassword());
        accounts.ensureAdmin(adminPassword).ifPresent(generated ->
                LOG.warn("Created the admin account. Its generated password, shown only this once: {}", generated));

        ServedModels served = new ServedModels();
        resources.push(served);
        BatchingSettings batching = config.nlu().applyTo(BatchingSettings.defaults());
        ModelCache modelCache = ModelCache.inDataDirectory(dataDir);
        // One thread trains in the background (the other languages' first models, then the bot's edits), one job at a time.
        ExecutorService trainingThread = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("chatdesk-training").daemon(true).factory());
        resources.push(trainingThread::shutdownNow);
        List<Runnable> afterStart = new ArrayList<>(); // trainings that would slow the start (the articles' import) down
        for (Language language : bot.languages()) {
            BotDefinition inLanguage = bot.in(language);
            TrainingData data = BotTrainingData.of(inLanguage, language);
            EncoderSource encoder = BotEncoder.of(botDirectory, language);
            if (language == bot.primary().language() || !config.nlu().trainOtherLanguagesAfterStart()
                    || modelCache.isCached(data, TrainingSettings.defaults(), encoder)) {
                LOG.info("Loading or training the {} NLU model of bot '{}' ({} intents)", language.code(), inLanguage.name(),
                        inLanguage.intents().size());
                TrainedNlu model = modelCache.trainOrLoad(data, TrainingSettings.defaults(), encoder, progress);
                served.add(language, new BatchingPredictor(model, batching));
            } else {
                LOG.info("The {} NLU model of bot '{}' trains in the background; until it serves, {} messages are answered"
                        + " from the help articles", language.code(), inLanguage.name(), language.code());
                served.addInTraining(language);
                afterStart.add(() -> trainInBackground(language, data, encoder, modelCache, batching, served, progress));
            }
        }
        NluModels nlu = served.nluModels();

        // Served as the NLU is: concurrent conversations' messages share the sentence encoder's passes.
        List<BatchingSentenceEmbedder> sentenceEncoders = new CopyOnWriteArrayList<>();
        BatchingSentenceEmbedder embedder = new BatchingSentenceEmbedder(PretrainedEncoder.defaultEncoder(), batching);
        sentenceEncoders.add(embedder);
        resources.push(embedder);
        Path indexDirectory = dataDir.resolve("kb");
        // bge-small-zh (about 100 MB) is loaded only when a Chinese article or question comes
        Embedders embedders = Embedders.of(embedder).with(Language.ZH, () -> {
            BatchingSentenceEmbedder chinese = new BatchingSentenceEmbedder(PretrainedEncoder.defaultEncoder(Language.ZH), batching);
            sentenceEncoders.add(chinese);
            return chinese;
        });
        resources.push(embedders);
        LuceneKnowledgeBase index = LuceneKnowledgeBase.open(indexDirectory, embedders,
                KbSettings.defaults().withSynonyms(synonyms(botDirectory)));
        resources.push(index);
        boolean imported = BotArticles.sync(botDirectory, index, indexDirectory);
        if (imported) {
            LOG.info("Imported the bot's help articles: {} in the knowledge base", index.size());
        }

        ExecutorService blocking = Executors.newVirtualThreadPerTaskExecutor();
        resources.push(blocking::shutdown);
        KnowledgeBase knowledgeBase = index;
        if (vertx.isClustered()) {
            // Admins' changes reach every node's index through the store's log.
            ClusterKnowledgeBase shared = ClusterKnowledgeBase.open(index, storage.articleChanges(), indexDirectory, imported, vertx);
            resources.push(shared.follow(blocking)::run);
            knowledgeBase = shared;
        }
        DialogueManager dialogue = new DialogueManager(bot, knowledgeBase, new HttpActionClient(), embedders::forLanguage, new Random());
        if (config.bot() != null && config.nlu().retrainCheckSeconds() > 0) {
            BotRetrainer retrainer = new BotRetrainer(config.bot(),
                    running, modelCache, batching, served, dialogue, progress, trainingThread);
            long retrainTimer = vertx.setPeriodic(config.nlu().retrainCheckSeconds() * 1000L, ignored -> retrainer.checkSoon());
            resources.push(() -> vertx.cancelTimer(retrainTimer));
        }
        EventBusConversationEvents events = new EventBusConversationEvents(vertx.eventBus(), storedText, vertx.isClustered());
        WebClient platformClient = WebClient.create(vertx);
        resources.push(platformClient::close);
        List<PlatformConnector> platforms = PlatformConnectors.create(config.connectors(), platformClient,
                new RetryingSender(vertx, RetryPolicy.defaults()), clock);
        PlatformDelivery platformDelivery = new PlatformDelivery(platforms.stream().map(PlatformConnector::channel).toList(),
                storage.conversations(), storage.deliveries(), blocking);
        double angryAt = bot.primary().settings().thresholds().anger();
        ConversationService conversations = new ConversationService(storage.conversations(), storage.feedback(), nlu, dialogue,
                new CountingEvents(events.andThen(platformDelivery), metrics, angryAt), blocking, clock);
        platformDelivery.recordFailuresIn(conversations.agentDesk());
        resources.push(() -> platformDelivery.drain(DELIVERY_DRAIN));
        ServiceGauges.register(metrics, conversations, served,
                () -> sentenceEncoders.stream().mapToLong(BatchingSentenceEmbedder::encodedTexts).sum());
        OneNodeAtATime overdueCheck = new OneNodeAtATime(vertx, "overdue-escalations");
        long overdueTimer = vertx.setPeriodic(OVERDUE_CHECK.toMillis(), ignored -> overdueCheck
                .runIfFree(() -> Future.fromCompletionStage(conversations.agentDesk().flagOverdue()))
                .onComplete((flagged, failure) -> {
                    if (failure != null) {
                        LOG.warn("Could not check the queue for overdue escalations", failure);
                    } else if (flagged != null && flagged > 0) {
                        LOG.info("{} escalations are overdue; their customers were told", flagged);
                    }
                }));
        resources.push(() -> vertx.cancelTimer(overdueTimer));
        var alerts = config.insights().alerts();
        String alertWebhook = Secret.valueOf(alerts.webhookUrl());
        AngerWatch angerWatch = new AngerWatch(storage.insights(), angryAt,
                alerts.angryShareJump(), alertWebhook == null ? null : new SlackAlertWebhook(alertWebhook), clock);
        long angerTimer = new AngerWatchJob(angerWatch, blocking, metrics).schedule(vertx, Duration.ofSeconds(alerts.checkSeconds()));
        resources.push(() -> vertx.cancelTimer(angerTimer));
        int retentionDays = config.privacy().retentionDays();
        if (retentionDays > 0) {
            RetentionJob retention = new RetentionJob(storage.customerData(), storage.auditLog(), Duration.ofDays(retentionDays),
                    clock, metrics);
            OneNodeAtATime retentionRun = new OneNodeAtATime(vertx, "retention");
            Supplier<Future<Void>> eraseExpired = () -> retentionRun
                    .runIfFree(() -> Future.fromCompletionStage(CompletableFuture.runAsync(retention::run, blocking)));
            eraseExpired.get().await();
            long retentionTimer = vertx.setPeriodic(RETENTION_CHECK.toMillis(), ignored -> eraseExpired.get()
                    .onFailure(e -> LOG.warn("Retention: could not erase old conversations", e)));
            resources.push(() -> vertx.cancelTimer(retentionTimer));
        }

        var limits = config.limits();
        RateLimitBuckets buckets = clusterManager == null
                ? new LocalRateLimitBuckets() : new HazelcastRateLimitBuckets(clusterManager.getHazelcastInstance());
        PlatformWebhooks webhooks = new PlatformWebhooks(platforms, conversations, storage.conversations(), storage.deliveries(), platformDelivery, blocking, limits.messageChars());
        HttpApis apis = new HttpApis(
                new CustomerApi(conversations, new CustomerIdentity(Secret.valueOf(config.auth().customerIdentitySecret())), events,
                        new RateLimiter("requests", limits.requestsPerMinutePerClient(), buckets),
                        new RateLimiter("messages", limits.messagesPerMinutePerConversation(), buckets), limits.messageChars()),
                new AgentApi(conversations.agentDesk(), accounts, new AgentAssist(bot, knowledgeBase), events, blocking,
                        new RateLimiter("logins", limits.loginAttemptsPerMinute(), buckets), limits.messageChars(), storage.auditLog(),
                        new SavedRepliesApi(storage.savedReplies(), blocking, clock)),
                new CustomerDataApi(storage.customerData(),
                        new CustomerProfileApi(storage.customerProfiles(), conversations.agentDesk(), blocking, clock), blocking, clock),
                new KnowledgeBaseApi(knowledgeBase, blocking, new RateLimiter("kb-searches", limits.requestsPerMinutePerClient(), buckets)),
                new InsightsApi(storage.insights(), angryAt,
                        new QuestionGrouper(new CachedEmbeddings(embedders::forLanguage), QuestionGrouper.SIMILARITY), blocking, clock),
                new DraftsApi(new BotDrafts(draftsDirectory(config, dataDir), bot, clock), blocking),
                webhooks,
                metrics,
                new NodeHealth(nodeId, () -> ready, storage, config.store().type(), clusterManager, blocking),
                config.server().bodyLimitBytes(),
                config.server().corsOrigins(),
                new TrustedProxies(config.server().trustedProxies()),
                Secret.valueOf(config.server().metricsToken()));
        Instant listening = clock.instant();
        if (!vertx.isClustered()) {
            // Alone, this node knows that nothing stored so far is being sent.
            logResent(platformDelivery.resendUndelivered(Instant.MAX).join());
        }
        var listener = config.server();
        HttpVerticle http = new HttpVerticle(apis, listener.host(), listener.port(),
                new ConnectionLimits(listener.headerTimeout(), listener.idleTimeout(), listener.maxConnections()));
        vertx.deployVerticle(http).await();
        port = http.actualPort();
        ready = true;
        LOG.info("Chatdesk is ready on port {} (bot '{}', data in {}, node {})", port, bot.primary().name(),
                dataDir.toAbsolutePath(), nodeId);
        afterStart.forEach(trainingThread::submit);
        if (!vertx.isClustered()) {
            logResumed(webhooks.resumePending(listening).join());
            return;
        }
        // In a cluster, what is recent may be in the hands of a live node: one node at a time picks up
        // what is older than any delivery's retries, every few minutes, so that a dead node's leftovers go out.
        OneNodeAtATime sweep = new OneNodeAtATime(vertx, "platform-leftovers");
        Runnable sendLeftovers = () -> sweep.runIfFree(() -> {
            Instant cutoff = clock.instant().minus(LEFTOVER_AGE);
            return Future.fromCompletionStage(platformDelivery.resendUndelivered(cutoff)
                    .thenCombine(webhooks.resumePending(cutoff), (resent, resumed) -> {
                        logResent(resent);
                        logResumed(resumed);
                        return null;
                    }));
        }).onFailure(e -> LOG.warn("Could not pick up platform messages left by a stopped node", e));
        sendLeftovers.run();
        long leftoversTimer = vertx.setPeriodic(LEFTOVER_SWEEP.toMillis(), ignored -> sendLeftovers.run());
        resources.push(() -> vertx.cancelTimer(leftoversTimer));
    }

    /** The configured drafts folder; by default in the bot's directory when it is one on disk, else in the data directory. */
    private static Path draftsDirectory(ChatdeskConfig config, Path dataDir) {
        if (config.insights().draftsDir() != null) {
            return config.insights().draftsDir();
        }
        return (config.bot() != null ? config.bot() : dataDir).resolve("drafts");
    }

    private static void logResent(int resent) {
        if (resent > 0) {
            LOG.info("Sending {} platform messages stored before a stop but not yet delivered", resent);
        }
    }

    private static void logResumed(int resumed) {
        if (resumed > 0) {
            LOG.info("Processing {} platform messages acknowledged before a stop but not yet answered", resumed);
        }
    }

    /** Vert.x with its metrics, joined to the cluster through {@code clusterManager} unless that is null. */
    private static Vertx startVertx(ClusterConfig cluster, HazelcastClusterManager clusterManager,
            PrometheusMeterRegistry metrics) {
        VertxOptions options = new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true));
        VertxBuilder builder = Vertx.builder().withMetrics(new MicrometerMetricsFactory(metrics));
        if (clusterManager == null) {
            return builder.with(options).build();
        }
        builder.with(HazelcastSettings.eventBusAt(options, cluster));
        LOG.info("Joining the cluster (members: {})", cluster.kubernetes() ? "found through Kubernetes" : cluster.members());
        return builder.withClusterManager(clusterManager).buildClustered().await();
    }

    /** Trains a language's first model on the training thread and serves it; a failure is logged, the language stays in training. */
    private static void trainInBackground(Language language, TrainingData data, EncoderSource encoder, ModelCache cache,
            BatchingSettings batching, ServedModels served, TrainingProgress progress) {
        try {
            ModelCache.Outcome outcome = cache.obtain(data, TrainingSettings.defaults(), encoder, progress,
                    ModelCache.Mode.INCREMENTAL_WHEN_POSSIBLE);
            served.replace(language, new BatchingPredictor(outcome.model(), batching));
            LOG.info("The {} NLU model serves now ({}: {})", language.code(), outcome.how(), outcome.summary());
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not train the {} NLU model; {} messages stay answered from the help articles",
                    language.code(), language.code(), e);
        }
    }

    private static BotSettings withOverrides(BotSettings settings, DialogueConfig overrides) {
        Thresholds t = settings.thresholds();
        return settings.withThresholds(new Thresholds(
                overrides.intentConfidence() != null ? overrides.intentConfidence() : t.intentConfidence(),
                overrides.clarifyConfidence() != null ? overrides.clarifyConfidence() : t.clarifyConfidence(),
                overrides.anger() != null ? overrides.anger() : t.anger(),
                t.angerRising()));
    }

    private static String synonyms(Path botDirectory) throws IOException {
        Path file = botDirectory.resolve("synonyms.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** Stops the server and frees every resource, newest first. */
    @Override
    public void close() {
        ready = false;
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                LOG.warn("Could not close a resource cleanly", e);
            }
        }
    }
}
