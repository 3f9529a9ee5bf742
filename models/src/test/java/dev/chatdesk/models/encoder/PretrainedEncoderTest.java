package dev.chatdesk.models.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.bert.Pooling;
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
    void theDefaultEncoderIsTheEnglishOne() {
        assertSame(PretrainedEncoder.defaultEncoder(), PretrainedEncoder.defaultEncoder(Language.EN));
        assertEquals(Pooling.MEAN, PretrainedEncoder.defaultEncoder().config().pooling());
        assertEquals("", PretrainedEncoder.defaultEncoder().queryPrefix());
    }

    @Test
    void theChineseDefaultPoolsClsAndAsksQueriesToBePrefixedWithBgesInstruction() {
        PretrainedEncoder chinese = PretrainedEncoder.defaultEncoder(Language.ZH);
        assertEquals(Pooling.CLS, chinese.config().pooling());
        assertEquals("为这个句子生成表示以用于检索相关文章：", chinese.queryPrefix());
    }

    @Test
    void modelsTrainedFromTheChineseDefaultAreCachedApartFromTheEnglish() {
        assertNotEquals(PretrainedEncoder.defaultEncoder().fingerprint(),
                PretrainedEncoder.defaultEncoder(Language.ZH).fingerprint());
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
