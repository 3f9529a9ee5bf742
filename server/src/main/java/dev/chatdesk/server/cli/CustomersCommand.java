package dev.chatdesk.server.cli;

import dev.chatdesk.connectors.agent.CustomerExportJson;
import dev.chatdesk.core.audit.AuditAction;
import dev.chatdesk.core.audit.AuditEvent;
import dev.chatdesk.core.conversation.CustomerExport;
import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chatdesk customers export|erase --customer ID}: a data-protection request from the command
 * line, on the store the configuration names (a server may be running on it); audited as {@code cli}.
 */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = "Exports everything stored about a customer as one JSON document, or erases it everywhere.")
final class CustomersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ACTION", description = "export or erase.")
    String action;

    @Option(names = "--customer", required = true, paramLabel = "ID",
            description = "The customer's id (the customerId the API and the agent console show).")
    long customerId;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() {
        boolean export = action.equals("export");
        if (!export && !action.equals("erase")) {
            throw new IllegalArgumentException("the action must be export or erase, was '" + action + "'");
        }
        ChatdeskConfig settings = storeOptions.settings();
        Clock clock = Clock.systemUTC();
        try (JdbcStorage opened = storeOptions.openStore(settings, clock)) {
            AuditAction audited = export ? AuditAction.CUSTOMER_EXPORTED : AuditAction.CUSTOMER_ERASED;
            opened.auditLog().record(new AuditEvent("cli", audited, "customer", Long.toString(customerId), null, null));
            if (export) {
                CustomerExport data = opened.customerData().export(customerId).orElseThrow(this::unknown);
                JsonObject document = CustomerExportJson.of(data, clock.instant());
                spec.commandLine().getOut().println(output.json ? document.encode() : document.encodePrettily());
                spec.commandLine().getOut().flush();
            } else {
                if (!opened.customerData().erase(customerId)) {
                    throw unknown();
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("customerId", customerId);
                result.put("erased", true);
                output.print(spec, result);
            }
        }
        return 0;
    }

    private IllegalArgumentException unknown() {
        return new IllegalArgumentException("there is no customer " + customerId + " in the store");
    }
}
