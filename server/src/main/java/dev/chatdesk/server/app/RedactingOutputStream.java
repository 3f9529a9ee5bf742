package dev.chatdesk.server.app;

import dev.chatdesk.core.privacy.PiiRedactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The server's log output with personal data masked, line by line, whatever wrote the line (a log
 * statement, an exception's message in a stack trace, a library): the safety net under logging
 * that already leaves message text out.
 */
final class RedactingOutputStream extends OutputStream {
    private final OutputStream target;
    private final PiiRedactor redactor;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    RedactingOutputStream(OutputStream target, PiiRedactor redactor) {
        this.target = target;
        this.redactor = redactor;
    }

    /** Makes {@link System#err} (where the log goes) mask personal data; does nothing the second time. */
    static synchronized void redactStandardError(PiiRedactor redactor) {
        if (!(System.err instanceof RedactingPrintStream)) {
            System.setErr(new RedactingPrintStream(new RedactingOutputStream(System.err, redactor)));
        }
    }

    /** The print stream that marks {@link System#err} as redacted already. */
    private static final class RedactingPrintStream extends PrintStream {
        RedactingPrintStream(RedactingOutputStream out) {
            super(out, true, StandardCharsets.UTF_8);
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            flushLine();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i + 1 - start);
                flushLine();
                start = i + 1;
            }
        }
        line.write(bytes, start, offset + length - start);
    }

    @Override
    public synchronized void flush() throws IOException {
        target.flush();
    }

    private void flushLine() throws IOException {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        target.write(redactor.redact(text).getBytes(StandardCharsets.UTF_8));
        target.flush();
    }
}
