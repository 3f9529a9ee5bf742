package dev.chatdesk.models.serving;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import java.util.List;

/** A model fine-tuned from bge-small-zh-v1.5 ([CLS] pooling) scores the same served through ONNX Runtime. */
class BgeSmallZhServedThroughOnnxRuntimeTest extends ServedThroughOnnxRuntimeContract {
    @Override
    PretrainedEncoder pretrained() {
        return PretrainedEncoder.defaultEncoder(Language.ZH);
    }

    @Override
    List<String> texts() {
        return List.of(
                "你好",
                "好",
                "我的包裹在哪里？",
                "我的order NW-482913 还没到",
                "快递丢了😡😡",
                "😡😡😡",
                "我要退款！！！",
                "能不能帮我改一下收货地址？我已经付款了",
                "謝謝你們的幫助，問題解決了 👍",
                "订单号 A-10293 在 12/03 被扣了两次钱，请尽快处理",
                "Where is my order? 我等了两个星期了",
                "客服電話一直打不通，你們到底有沒有人在上班？",
                "今天天气怎么样",
                "给我讲个笑话吧",
                "我三个星期前买了一台笔记本电脑，到现在还没有收到。我已经发了两次邮件，也打过一次电话，"
                        + "每次你们都说一两天之内就会到，可是到今天还是没有任何消息。这样的服务实在让人无法接受。"
                        + "我工作上急需这台电脑，请告诉我包裹现在到底在哪里，什么时候能送到，"
                        + "还有你们打算怎么赔偿这次的延误，因为我付的是加急运费。");
    }

    @Override
    List<String> examples() {
        return List.of("我的快递到哪了", "查一下我的订单", "我要退款", "请退钱给我", "修改收货地址", "应用闪退", "重复扣款了");
    }
}
