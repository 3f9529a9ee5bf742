package dev.chatdesk.kb.index;

import dev.chatdesk.core.kb.TextEmbedder;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An encoder's passage vectors remembered on disk by the content of each passage (a SHA-256 of its
 * text): indexing the same corpus again (another search mode of {@code kb eval}, a re-import with a
 * few articles changed) embeds only the passages it has not seen. One append-only file per encoder
 * (named by its fingerprint) of records {@code [16-byte hash][vector]}; a record cut short by a
 * stopped run is dropped when the file is opened. Questions ({@link #embedQuery}) are not
 * remembered. Thread-safe.
 */
public final class PassageVectorCache implements TextEmbedder, AutoCloseable {
    private static final int KEY_BYTES = 16;

    private final TextEmbedder embedder;
    private final Path file;
    private final int dimensions;
    private final Map<Key, float[]> vectors = new HashMap<>();

    private PassageVectorCache(TextEmbedder embedder, Path file) {
        this.embedder = embedder;
        this.file = file;
        this.dimensions = embedder.dimensions();
    }

    /**
     * The cache of the encoder with this fingerprint in {@code directory} (made if missing), in
     * front of {@code embedder}, which embeds what it does not hold.
     */
    public static PassageVectorCache open(Path directory, String encoderFingerprint, TextEmbedder embedder) throws IOException {
        Files.createDirectories(directory);
        String name = HexFormat.of().formatHex(sha256(encoderFingerprint + "\u0000" + embedder.dimensions())).substring(0, 24);
        PassageVectorCache cache = new PassageVectorCache(embedder, directory.resolve(name + ".vectors"));
        cache.load();
        return cache;
    }

    /** How many passages' vectors it holds. */
    public synchronized int size() {
        return vectors.size();
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
        List<Key> keys = texts.stream().map(Key::of).toList();
        Map<Key, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!vectors.containsKey(keys.get(i))) {
                missing.putIfAbsent(keys.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> embedded = embedder.embed(new ArrayList<>(missing.values()));
            List<Key> newKeys = new ArrayList<>(missing.keySet());
            for (int i = 0; i < newKeys.size(); i++) {
                vectors.put(newKeys.get(i), embedded.get(i));
            }
            append(newKeys, embedded);
        }
        return keys.stream().map(vectors::get).toList();
    }

    @Override
    public float[] embedQuery(String question) {
        return embedder.embedQuery(question);
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        int record = KEY_BYTES + dimensions * Float.BYTES;
        long whole = 0;
        try (InputStream stream = Files.newInputStream(file); DataInputStream in = new DataInputStream(stream)) {
            byte[] bytes = new byte[record];
            while (true) {
                try {
                    in.readFully(bytes);
                } catch (EOFException end) {
                    break;
                }
                ByteBuffer read = ByteBuffer.wrap(bytes);
                Key key = new Key(read.getLong(), read.getLong());
                float[] vector = new float[dimensions];
                read.asFloatBuffer().get(vector);
                vectors.put(key, vector);
                whole += record;
            }
        }
        if (Files.size(file) != whole) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(whole); // the end of a record a stopped run did not finish writing
            }
        }
    }

    private void append(List<Key> keys, List<float[]> embedded) {
        ByteBuffer records = ByteBuffer.allocate(keys.size() * (KEY_BYTES + dimensions * Float.BYTES));
        for (int i = 0; i < keys.size(); i++) {
            records.putLong(keys.get(i).high()).putLong(keys.get(i).low());
            for (float value : embedded.get(i)) {
                records.putFloat(value);
            }
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(records.array());
        } catch (IOException e) {
            throw new UncheckedIOException("the passage vector cache " + file + " cannot be written", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first 128 bits of a text's SHA-256. */
    private record Key(long high, long low) {
        static Key of(String text) {
            ByteBuffer hash = ByteBuffer.wrap(sha256(text));
            return new Key(hash.getLong(), hash.getLong());
        }
    }

    /** Closes the embedder it wraps, when that holds resources. */
    @Override
    public void close() throws Exception {
        if (embedder instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
