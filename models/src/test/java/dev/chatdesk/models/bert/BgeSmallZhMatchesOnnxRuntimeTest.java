package dev.chatdesk.models.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The port of bge-small-zh-v1.5 to DJL blocks computes what the original ONNX file computes. */
class BgeSmallZhMatchesOnnxRuntimeTest extends PortMatchesOnnxRuntimeContract {

    private static final List<String> SENTENCES = List.of(
            "你好",
            "我的包裹在哪里？",
            "我的order NW-482913 还没到",
            "快递丢了😡😡",
            "😡😡😡",
            "我要退款！！！",
            "能不能帮我改一下收货地址？我已经付款了",
            "謝謝你們的幫助，問題解決了 👍",
            "订单号 A-10293 在 12/03 被扣了两次钱，请尽快处理",
            "Where is my order? 我等了两个星期了",
            "   前后都有空格   ",
            "客服電話一直打不通，你們到底有沒有人在上班？",
            "我三个星期前买了一台笔记本电脑，到现在还没有收到。我已经发了两次邮件，也打过一次电话，"
                    + "每次你们都说一两天之内就会到，可是到今天还是没有任何消息。这样的服务实在让人无法接受。"
                    + "我工作上急需这台电脑，请告诉我包裹现在到底在哪里，什么时候能送到，"
                    + "还有你们打算怎么赔偿这次的延误，因为我付的是加急运费。",
            "好");

    @Override
    PretrainedEncoder pretrained() {
        return PretrainedEncoder.defaultEncoder(Language.ZH);
    }

    @Override
    String onnxResource() {
        return PretrainedEncoder.CHINESE_ONNX;
    }

    @Override
    List<String> sentences() {
        return SENTENCES;
    }

    @Test
    void readsBgeSizesFromTheWeightsAndPoolsClsAsItsAuthorsDo() {
        assertEquals(new BertConfig(21128, 512, 4, 8, 2048, 512, 2, 1e-12f, Pooling.CLS),
                pretrained().config());
    }
}
