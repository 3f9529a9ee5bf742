package dev.chatdesk.models.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.models.encoder.PretrainedEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The port of all-MiniLM-L6-v2 to DJL blocks computes what the original ONNX file computes. */
class BertEncoderMatchesOnnxRuntimeTest extends PortMatchesOnnxRuntimeContract {
    private static final List<String> SENTENCES = List.of(
            "hi",
            "Where is my order?",
            "wher is my ordr?? its been 2 weeks",
            "I want a refund NOW!!!",
            "Can I change the delivery address after I have paid for the parcel?",
            "ok",
            "Thanks a lot, that solved it 👍",
            "😡😡😡",
            "Mein Paket ist nicht angekommen, können Sie mir helfen?",
            "¿Dónde está mi pedido?",
            "我的包裹在哪里？",
            "Ça ne marche pas du tout, c'est inadmissible.",
            "My card was charged twice for order #A-10293 on 12/03, please fix",
            "lol ur app keeps crashing when i open the cart",
            "   leading and trailing spaces   ",
            "UPPERCASE SHOUTING ABOUT A LATE DELIVERY",
            "naïve café résumé — em dash and “smart quotes”",
            "1234567890 0987654321",
            "Is the blue jacket available in size M, and can it be delivered by Friday?",
            "the quick brown fox jumps over the lazy dog ".repeat(30),
            "I ordered a laptop three weeks ago and it still has not arrived. I contacted you twice"
                    + " by email and once by phone, and every time I was told it would arrive in a day"
                    + " or two. This is not acceptable. I need the laptop for work and I would like to"
                    + " know exactly where the parcel is, when it will arrive, and what compensation you"
                    + " offer for the delay, because I paid for express shipping.",
            "x");

    @Override
    PretrainedEncoder pretrained() {
        return PretrainedEncoder.defaultEncoder();
    }

    @Override
    String onnxResource() {
        return PretrainedEncoder.DEFAULT_ONNX;
    }

    @Override
    List<String> sentences() {
        return SENTENCES;
    }

    @Test
    void readsMiniLmSizesFromTheWeights() {
        assertEquals(new BertConfig(30522, 384, 6, 12, 1536, 512, 2, 1e-12f, Pooling.MEAN),
                pretrained().config());
    }
}
