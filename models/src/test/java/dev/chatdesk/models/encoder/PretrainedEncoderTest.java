package dev.chatdesk.models.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.util.Pair;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.bert.BertEncoder;
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

    @Test
    void aFineTunedEncoderWrittenIntoTheOnnxFileReadsBackWithEveryWeightAsItWas(@TempDir Path dir) throws Exception {
        PretrainedEncoder pretrained = PretrainedEncoder.defaultEncoder();
        try (NDManager manager = DjlRuntime.pytorch().newBaseManager()) {
            BertEncoder fineTuned = pretrained.newEncoder(manager, 0f);
            for (Pair<String, Parameter> p : fineTuned.getParameters()) {
                NDArray array = p.getValue().getArray();
                array.set(array.add(manager.randomNormal(0, 0.01f, array.getShape(), DataType.FLOAT32)).toFloatArray());
            }
            Path file = Files.write(dir.resolve("model.onnx"), pretrained.onnxFileWith(fineTuned));
            Path tokenizer = copyResource(PretrainedEncoder.DEFAULT_TOKENIZER, dir.resolve("tokenizer.json"));
            BertEncoder readBack = PretrainedEncoder.fromOnnx(file, tokenizer).newEncoder(manager, 0f);
            ParameterList expected = fineTuned.getParameters();
            ParameterList actual = readBack.getParameters();
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.valueAt(i).getArray().toFloatArray(),
                        actual.valueAt(i).getArray().toFloatArray(), expected.keyAt(i));
            }
            assertNotEquals(pretrained.fingerprint(), PretrainedEncoder.fromOnnx(file, tokenizer).fingerprint());
        }
    }

    @Test
    void anEncoderOfOtherSizesIsNotWrittenIntoTheOnnxFile() {
        try (NDManager manager = DjlRuntime.pytorch().newBaseManager()) {
            BertEncoder chinese = PretrainedEncoder.defaultEncoder(Language.ZH).newEncoder(manager, 0f);
            Exception e = assertThrows(IllegalArgumentException.class,
                    () -> PretrainedEncoder.defaultEncoder().onnxFileWith(chinese));
            assertTrue(e.getMessage().contains("was not fine-tuned from all-minilm-l6-v2.onnx"), e.getMessage());
        }
    }

    private static Path copyResource(String name, Path target) throws Exception {
        try (InputStream in = PretrainedEncoderTest.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
