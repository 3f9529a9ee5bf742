package dev.chatdesk.models.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PretrainedEncoderTest {

    @Test
    void anyHuggingFaceBertOnnxExportLoadsFromFiles(@TempDir Path dir) throws Exception {
        Path onnx = copyResource(PretrainedEncoder.DEFAULT_ONNX, dir.resolve("model.onnx"));
        Path tokenizer = copyResource(PretrainedEncoder.DEFAULT_TOKENIZER, dir.resolve("tokenizer.json"));
        PretrainedEncoder encoder = PretrainedEncoder.fromOnnx(onnx, tokenizer);
        assertEquals(PretrainedEncoder.defaultEncoder().config(), encoder.config());
    }

    @Test
    void aFileThatIsNotABertExportIsRefusedWithAReason(@TempDir Path dir) throws Exception {
        Path notOnnx = Files.writeString(dir.resolve("model.onnx"), "definitely not protobuf");
        Path tokenizer = copyResource(PretrainedEncoder.DEFAULT_TOKENIZER, dir.resolve("tokenizer.json"));
        Exception e = assertThrows(IllegalArgumentException.class, () -> PretrainedEncoder.fromOnnx(notOnnx, tokenizer));
        assertTrue(e.getMessage().contains("ONNX"), e.getMessage());
    }

    private static Path copyResource(String name, Path target) throws Exception {
        try (InputStream in = PretrainedEncoderTest.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
