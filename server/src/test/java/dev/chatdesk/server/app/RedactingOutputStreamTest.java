package dev.chatdesk.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.privacy.PiiRedactor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Log output passes through with personal data masked, line by line, however it is written. */
class RedactingOutputStreamTest {
    @Test
    void masksPersonalDataInEveryLineAndKeepsTheRest() {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(new RedactingOutputStream(target, new PiiRedactor()), true, StandardCharsets.UTF_8);

        log.println("WARN Telegram refused message 3: chat of +44 20 7946 0958 not found");
        log.print("ERROR payment 4242 4242 4242 4242 ");
        log.print("for order NW-482913 failed\n");
        log.println("INFO 客户邮箱 wang.li@example.cn 手机13812345678");

        assertEquals("""
                WARN Telegram refused message 3: chat of [phone] not found
                ERROR payment [card ••••4242] for order NW-482913 failed
                INFO 客户邮箱 [email] 手机[phone]
                """, target.toString(StandardCharsets.UTF_8));
    }
}
