package dev.chatdesk.server.cli;

import dev.chatdesk.core.audit.AuditAction;
import dev.chatdesk.core.audit.AuditEvent;
import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.server.config.EncryptionKeysParser;
import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chatdesk privacy rotate}: re-encrypts every stored record with the active key
 * ({@code privacy.activeKeyId}), in batches, beside a running server; run it again to resume. When
 * it is done, the keys no record uses any more can be removed from the configuration.
 */
@Command(name = "privacy", mixinStandardHelpOptions = true,
        description = "rotate: re-encrypts every stored record with the active encryption key, in batches.")
final class PrivacyCommand implements Callable<Integer> {
    private static final int BATCH = 500;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ACTION", description = "rotate.")
    String action;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() {
        if (!action.equals("rotate")) {
            throw new IllegalArgumentException("the action must be rotate, was '" + action + "'");
        }
        ChatdeskConfig settings = storeOptions.settings();
        RecordCipher cipher = EncryptionKeysParser.cipher(settings.privacy());
        if (!cipher.enabled()) {
            throw new IllegalArgumentException("no encryption key is configured: set privacy.encryptionKeys (and "
                    + "privacy.activeKeyId) to the keys to rotate to");
        }
        try (JdbcStorage opened = storeOptions.openStore(settings, Clock.systemUTC())) {
            long rotated = 0;
            for (int done = opened.rotateKeys(BATCH); done > 0; done = opened.rotateKeys(BATCH)) {
                rotated += done;
                if (!output.json) {
                    spec.commandLine().getErr().println("re-encrypted " + rotated + " records");
                }
            }
            opened.auditLog().record(new AuditEvent("cli", AuditAction.KEYS_ROTATED, null, null, null,
                    rotated + " records to key " + cipher.keyId()));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("rotated", rotated);
            result.put("activeKeyId", cipher.keyId());
            result.put("keysInUse", opened.keyIdsInUse());
            output.print(spec, result);
        }
        return 0;
    }
}
