package dev.chatdesk.kb.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Customer questions for the latency benchmark, written the way customers type them: templates
 * over the shop's topics with products, places, carriers and payment methods filled in, some with
 * a greeting, some with the story first, some lower case, some with a typo. Seeded, so a run
 * always asks the same questions.
 */
public final class BenchQuestions {
    private static final List<String> TEMPLATES = List.of(
            "how do i return my {product}",
            "the {product} doesnt fit, can i send it back?",
            "whats the return window for a {product}",
            "can i exchange my {product} for a bigger size",
            "when will i get my refund for the {product}",
            "refund status?",
            "my {product} arrived damaged what now",
            "i received the wrong {product} in my parcel",
            "one item missing from my package",
            "is the {line} {product} waterproof",
            "how warm is the {line} {product}",
            "how do i wash my {product}",
            "is the {line} {product} back in stock soon",
            "what size {product} should i get if i am 180 cm",
            "where is my order",
            "tracking link isnt working for my {carrier} parcel",
            "tracking says delivered but there is no parcel",
            "how long does delivery to {country} take",
            "do you ship to {country}",
            "how much is shipping to {country}",
            "will i pay customs on an order to {country}",
            "can i change the delivery address after ordering",
            "which courier delivers to {country}",
            "can i pick up my order from a {carrier} locker",
            "my parcel is late, it has been {n} days",
            "can i cancel my order",
            "i want to add another {product} to my order",
            "when will my order ship",
            "do you accept {payment}",
            "my payment with {payment} failed",
            "i was charged twice for one order",
            "can i pay in instalments",
            "can i get a vat invoice for my company",
            "which currency do you charge in {country}",
            "my discount code doesnt work at checkout",
            "do you have a student discount",
            "how do i check my gift card balance",
            "can i buy a gift card for a friend",
            "will the {product} be cheaper in the sale",
            "do you price match",
            "i forgot my password",
            "i cant log in to my account",
            "how do i delete my account",
            "how do i change my email address",
            "how do i unsubscribe from the newsletter",
            "can i turn on two step verification",
            "what personal data do you keep about me",
            "can i download all my data",
            "do you use cookies for advertising",
            "what are your customer service hours",
            "how do i make a complaint",
            "do you have a shop in {country}",
            "can you repair my {product}",
            "is the {product} made from recycled materials",
            "the zip on my {product} broke after {n} months, is that covered by warranty",
            "can i return a {product} i got as a gift",
            "which items cant be returned",
            "how do pre orders work for the {line} {product}",
            "what does hydrostatic head mean",
            "which sleeping bag for camping at minus {n} degrees");
    private static final List<String> STORIES = List.of(
            "i ordered a {product} last week and ",
            "hi, i bought the {line} {product} for my trip to {country} and ",
            "so my {carrier} parcel came yesterday and ",
            "i paid with {payment} on monday and ");
    private static final List<String> GREETINGS = List.of("hi ", "hello, ", "hey! ", "good morning, ");
    private static final List<String> PRODUCTS = List.of("jacket", "tent", "sleeping bag", "backpack", "fleece",
            "rain jacket", "down jacket", "hiking boots", "trail shoes", "stove", "sleeping mat", "headlamp", "gloves");
    private static final List<String> COUNTRIES = List.of("germany", "france", "the uk", "the us", "canada", "spain",
            "italy", "austria", "the netherlands", "sweden", "ireland", "poland");
    private static final List<String> CARRIERS = List.of("dhl", "ups", "dpd", "gls");
    private static final List<String> PAYMENTS = List.of("paypal", "klarna", "apple pay", "google pay", "amex");
    private static final List<String> LINES = List.of("fjell", "kestrel pro", "aurora", "tundra lite", "ridge trail",
            "glacier", "boreal summit", "sitka");

    private BenchQuestions() {}

    /** {@code count} questions from the given seed. */
    public static List<String> generate(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        Random random = new Random(seed);
        List<String> questions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String question = pick(random, TEMPLATES);
            double form = random.nextDouble();
            if (form < 0.2) {
                question = pick(random, STORIES) + question;
            } else if (form < 0.35) {
                question = pick(random, GREETINGS) + question;
            }
            question = fill(question, random);
            if (random.nextDouble() < 0.3) {
                question = Character.toUpperCase(question.charAt(0)) + question.substring(1) + "?";
            }
            if (random.nextDouble() < 0.15) {
                question = withTypo(question, random);
            }
            questions.add(question);
        }
        return questions;
    }

    private static String fill(String template, Random random) {
        return template.replace("{product}", pick(random, PRODUCTS))
                .replace("{country}", pick(random, COUNTRIES))
                .replace("{carrier}", pick(random, CARRIERS))
                .replace("{payment}", pick(random, PAYMENTS))
                .replace("{line}", pick(random, LINES))
                .replace("{n}", Integer.toString(2 + random.nextInt(14)));
    }

    /** Two neighbouring letters swapped somewhere in the question. */
    private static String withTypo(String question, Random random) {
        for (int tries = 0; tries < 10; tries++) {
            int at = random.nextInt(question.length() - 1);
            if (Character.isLetter(question.charAt(at)) && Character.isLetter(question.charAt(at + 1))) {
                return question.substring(0, at) + question.charAt(at + 1) + question.charAt(at) + question.substring(at + 2);
            }
        }
        return question;
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
