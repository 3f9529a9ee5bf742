package dev.chatdesk.models.serving;

import dev.chatdesk.models.encoder.PretrainedEncoder;
import java.util.List;

/** A model fine-tuned from all-MiniLM-L6-v2 (mean pooling) scores the same served through ONNX Runtime. */
class MiniLmServedThroughOnnxRuntimeTest extends ServedThroughOnnxRuntimeContract {
    @Override
    PretrainedEncoder pretrained() {
        return PretrainedEncoder.defaultEncoder();
    }

    @Override
    List<String> texts() {
        return List.of(
                "hi",
                "x",
                "Where is my order?",
                "wher is my ordr?? its been 2 weeks",
                "I want a refund NOW!!!",
                "Can I change the delivery address after I have paid for the parcel?",
                "Thanks a lot, that solved it 👍",
                "😡😡😡",
                "我的包裹在哪里？",
                "Mein Paket ist nicht angekommen, können Sie mir helfen?",
                "My card was charged twice for order #A-10293 on 12/03, please fix",
                "lol ur app keeps crashing when i open the cart",
                "what's the weather like on mars",
                "recommend me a good pizza recipe",
                "the quick brown fox jumps over the lazy dog ".repeat(30));
    }

    @Override
    List<String> examples() {
        return List.of("where is my parcel", "track my order", "I want my money back", "refund please",
                "change my delivery address", "the app crashes", "I was charged twice");
    }
}
