package dev.chatdesk.server.http;

import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI 3 description of the whole HTTP API, served at {@code /openapi.yaml}. */
public final class OpenApiDocument {
    /** Where the document is on the class path. */
    public static final String RESOURCE = "openapi.yaml";

    private OpenApiDocument() {}

    /** The document's bytes. */
    public static Buffer load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
