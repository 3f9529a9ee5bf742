package dev.chatdesk.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What customers' messages look like once their personal data is masked, and which messages stay as they were. */
class PiiRedactorTest {
    private static final PiiRedactor REDACTOR = new PiiRedactor();

    private record Example(String text, String redacted) {}

    private static Example masks(String text, String redacted) {
        return new Example(text, redacted);
    }

    private static Example keeps(String text) {
        return new Example(text, text);
    }

    private static final List<Example> EXAMPLES = List.of(
            // Card numbers keep their last four digits.
            masks("My card is 4242 4242 4242 4242, exp 12/27", "My card is [card ••••4242], exp 12/27"),
            masks("I paid with 4111-1111-1111-1111 yesterday", "I paid with [card ••••1111] yesterday"),
            masks("Amex 3782 822463 10005 was charged twice", "Amex [card ••••0005] was charged twice"),
            masks("卡号6222021234567890128谢谢", "卡号[card ••••0128]谢谢"),
            masks("我的银行卡是 5555 5555 5555 4444，请退款", "我的银行卡是 [card ••••4444]，请退款"),
            masks("refund to 4242 4242 4242 4242 2026-12-06 please", "refund to [card ••••4242] 2026-12-06 please"),
            // IBANs, spaced or not, in either case.
            masks("IBAN GB82 WEST 1234 5698 7654 32 thanks for your help", "IBAN [iban] thanks for your help"),
            masks("my iban: gb82west12345698765432.", "my iban: [iban]."),
            masks("我的账户是DE89 3704 0044 0532 0130 00，请退款", "我的账户是[iban]，请退款"),
            masks("Norwegian account NO93 8601 1117 947 ok", "Norwegian account [iban] ok"),
            // E-mail addresses.
            masks("mail me at john.smith@example.com.", "mail me at [email]."),
            masks("我的邮箱是zhang.san@qq.com谢谢", "我的邮箱是[email]谢谢"),
            masks("邮箱 13812345678@163.com", "邮箱 [email]"),
            // Phone numbers: international, national, and Chinese mobiles next to Chinese characters.
            masks("Call me on +44 20 7946 0958 after 5", "Call me on [phone] after 5"),
            masks("call +1 (415) 555-0100 at 2pm tomorrow", "call [phone] at 2pm tomorrow"),
            masks("from abroad: 0044 20 7946 0958", "from abroad: [phone]"),
            masks("Our office is on (415) 555-0100 or 415.555.0101", "Our office is on [phone] or [phone]"),
            masks("ring 020 7946 0958 or 07700 900123", "ring [phone] or [phone]"),
            masks("我的手机号13812345678谢谢", "我的手机号[phone]谢谢"),
            masks("电话：138 1234 5678", "电话：[phone]"),
            masks("请打+86 138-1234-5678", "请打[phone]"),
            masks("座机010-12345678，下午在", "座机[phone]，下午在"),
            // Chinese resident ID numbers.
            masks("身份证号11010519491231002X", "身份证号[id number]"),
            masks("My Chinese ID is 110105 19491231 002X", "My Chinese ID is [id number]"),
            masks("身份证：310104198511203214。", "身份证：[id number]。"),
            // Several kinds, mixed languages.
            masks("我的order NW-482913 还没到，电话13812345678", "我的order NW-482913 还没到，电话[phone]"),
            masks("请联系我：138-1234-5678 或 zhang.san@qq.com", "请联系我：[phone] 或 [email]"),
            masks("Call +1 (415) 555-0100 or email jo@shop.co.uk about NW-482913",
                    "Call [phone] or email [email] about NW-482913"),
            masks("我的卡号是 4242 4242 4242 4242，身份证11010519491231002X", "我的卡号是 [card ••••4242]，身份证[id number]"),
            masks("Pay ¥1299.00 to GB82WEST12345698765432 and ring 07700 900123",
                    "Pay ¥1299.00 to [iban] and ring [phone]"),
            // Order numbers, prices, dates, times, quantities, postcodes and tracking numbers are not personal data.
            keeps("Order NW-482913 hasn't arrived yet"),
            keeps("退货单R-1042已经批准"),
            keeps("It costs ¥1299.00"),
            keeps("The price is $1,299.99 including VAT"),
            keeps("这个手机1299元包邮吗"),
            keeps("Delivered on 2026-12-06 at 14:30"),
            keeps("送货日期12/06/2026"),
            keeps("Can you deliver between 14:30 and 16:00?"),
            keeps("我要买3件，每件12.5元"),
            keeps("Size 42, 2 pairs, 3 x 100 ml"),
            keeps("Postcode SW1A 1AA, London"),
            keeps("ZIP 94103-1234"),
            keeps("邮编100086"),
            keeps("UPS tracking 1Z999AA10123456784"),
            keeps("顺丰单号SF1234567890123"),
            keeps("SF 1234567890123 is my tracking number"),
            keeps("中通快递75312345678901"),
            keeps("Card 4242424242424241 was declined"),
            keeps("IBAN GB83 WEST 1234 5698 7654 32 bounced"),
            keeps("身份证号110105194912310021"),
            keeps("订单号138123456789"),
            keeps("Order #4829134829"),
            keeps("Room 305, ext 1234"),
            keeps("Version 2.3.14 of the app crashed on 192.168.1.10"),
            keeps("订单 NW-482913，金额￥1299，2026年12月6日下单"),
            keeps("I was charged 3 times for order NW-482913"),
            keeps("where is my parcel?"),
            keeps("我的快递到哪了？"));

    static Stream<Arguments> examples() {
        return EXAMPLES.stream().map(e -> Arguments.of(e.text(), e.redacted()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void masksThePersonalDataAndKeepsEverythingElse(String text, String redacted) {
        assertEquals(redacted, REDACTOR.redact(text));
    }

    @Test
    void noMessageWithoutPersonalDataIsTakenForOne() {
        List<String> withoutPii = EXAMPLES.stream().filter(e -> e.text().equals(e.redacted())).map(Example::text).toList();
        List<String> falsePositives = withoutPii.stream().filter(new PiiDetector()::containsPii).toList();

        assertTrue(withoutPii.size() >= 25, "the examples hold " + withoutPii.size() + " messages without personal data");
        assertEquals(List.of(), falsePositives,
                falsePositives.size() + " false positives in " + withoutPii.size() + " messages without personal data");
    }

    @Test
    void nullStaysNull() {
        assertNull(REDACTOR.redact(null));
        assertEquals("", REDACTOR.redact(""));
    }

    /** Patterns that backtrack explode on such texts; these are read in linear time, so the test ends at once. */
    @ParameterizedTest
    @ValueSource(strings = {"1", "1 ", "0", "00", "+1 ", "+44 (0)", "(1) ", "-1", "1-2.3/4,5 ", "a1", "a.1", "a@", "a@b.", ".a@", "GB82 ",
        "gb82", "a-"})
    void aHundredKilobytesMadeToBacktrackAreReadInLinearTime(String unit) {
        String text = unit.repeat(100_000 / unit.length());
        assertEquals(text, REDACTOR.redact(text));
    }
}
