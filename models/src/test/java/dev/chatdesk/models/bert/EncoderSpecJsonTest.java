package dev.chatdesk.models.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * A trained model's nlu.json names its encoder's kind by its fields, as saved before TorchScript
 * encoders, and its pooling unless that is the mean, as saved before pooling was recorded.
 */
class EncoderSpecJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MINILM_AS_SAVED_BEFORE = """
            {"vocabSize":30522,"hiddenSize":384,"layers":6,"attentionHeads":12,"intermediateSize":1536,\
            "maxPositions":512,"typeVocabSize":2,"layerNormEps":1.0E-12}""";
    private static final BertConfig MINILM = new BertConfig(30522, 384, 6, 12, 1536, 512, 2, 1e-12f, Pooling.MEAN);

    @Test
    void aBertConfigSavedBeforeTorchScriptEncodersReadsAsItWas() throws Exception {
        assertEquals(MINILM, JSON.readValue(MINILM_AS_SAVED_BEFORE, EncoderSpec.class));
    }

    @Test
    void aBertConfigIsStillWrittenAsBefore() throws Exception {
        assertEquals(JSON.readTree(MINILM_AS_SAVED_BEFORE),
                JSON.readTree(JSON.writerFor(EncoderSpec.class).writeValueAsString(MINILM)));
    }

    @Test
    void aClsPooledConfigReadsBackAsItself() throws Exception {
        EncoderSpec spec = new BertConfig(21128, 512, 4, 8, 2048, 512, 2, 1e-12f, Pooling.CLS);
        String json = JSON.writerFor(EncoderSpec.class).writeValueAsString(spec);
        assertEquals("CLS", JSON.readTree(json).get("pooling").asText());
        assertEquals(spec, JSON.readValue(json, EncoderSpec.class));
    }

    @Test
    void aTorchScriptConfigReadsBackAsItself() throws Exception {
        EncoderSpec spec = new TorchScriptBertConfig(768, true);
        assertEquals(spec, JSON.readValue(JSON.writerFor(EncoderSpec.class).writeValueAsString(spec), EncoderSpec.class));
    }
}
