package dev.chatdesk.kb.bench;

import dev.chatdesk.core.kb.TextEmbedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * An embedder that keeps the vectors of every list of texts it embeds in a file named by a hash
 * of the embedder's name and the texts, and reads them back when the same texts come again. A
 * benchmark index can then be rebuilt (after a change in how passages are indexed, say) in a
 * minute instead of the twenty that embedding 50,000 passages takes.
 */
final class VectorFileCache implements TextEmbedder {
    private final TextEmbedder embedder;
    private final String embedderName;
    private final Path directory;
    private final Consumer<String> progress;

    VectorFileCache(TextEmbedder embedder, String embedderName, Path directory, Consumer<String> progress) {
        this.embedder = embedder;
        this.embedderName = embedderName;
        this.directory = directory;
        this.progress = progress;
    }

    @Override
    public int dimensions() {
        return embedder.dimensions();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        Path file = directory.resolve(key(texts) + ".vectors");
        try {
            if (Files.isRegularFile(file)) {
                progress.accept("reusing the " + texts.size() + " passage vectors embedded earlier (" + file + ")");
                return read(file, texts.size());
            }
            List<float[]> vectors = embedder.embed(texts);
            write(file, vectors);
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException("the vector cache " + file + " cannot be used", e);
        }
    }

    private List<float[]> read(Path file, int count) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            int rows = in.readInt();
            int width = in.readInt();
            if (rows != count || width != dimensions()) {
                throw new IOException("it holds " + rows + " vectors of " + width + " for " + count + " texts of " + dimensions());
            }
            List<float[]> vectors = new ArrayList<>(rows);
            byte[] row = new byte[width * Float.BYTES];
            for (int r = 0; r < rows; r++) {
                in.readFully(row);
                float[] vector = new float[width];
                ByteBuffer.wrap(row).asFloatBuffer().get(vector);
                vectors.add(vector);
            }
            return vectors;
        }
    }

    /** Writes to a temporary file first, so a stopped run never leaves half a cache. */
    private void write(Path file, List<float[]> vectors) throws IOException {
        Files.createDirectories(directory);
        Path partial = directory.resolve(file.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(partial))) {
            out.writeInt(vectors.size());
            out.writeInt(dimensions());
            ByteBuffer row = ByteBuffer.allocate(dimensions() * Float.BYTES);
            for (float[] vector : vectors) {
                row.clear();
                row.asFloatBuffer().put(vector);
                out.write(row.array());
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String key(List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((embedderName + "\u0000" + dimensions()).getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                digest.update(("\u0000" + text).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
