package dev.chatdesk.kb.bench;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.nlu.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large help centre generated from a small one, for measuring search at scale. Each generated
 * article belongs to one topic of the source articles, names a product and one of a few thousand
 * product lines, and has {@value #SECTIONS_PER_ARTICLE} sections; each section is a heading and a
 * paragraph of two to six source sentences of that topic, with products, countries, carriers and
 * payment methods swapped for others. A section stays under the passage length, so it
 * is exactly one passage. The same sources, size and seed always give the same articles.
 */
public final class GeneratedCorpus {
    /** Changes whenever generation changes, so cached indexes of older corpora are not reused. */
    public static final String VERSION = "1";

    static final int SECTIONS_PER_ARTICLE = 5;
    /** Below the splitter's default passage length, so a section is never cut. */
    private static final int MAX_SECTION_WORDS = 100;
    private static final int MAX_SENTENCE_WORDS = 45;

    private static final List<String> PRODUCTS = List.of("jacket", "tent", "sleeping bag", "backpack", "fleece",
            "stove", "rucksack", "headlamp", "sleeping mat", "rain jacket", "down jacket", "hiking boot", "trail shoe",
            "base layer", "softshell", "tarp", "cookset", "dry bag", "water filter", "trekking pole", "gilet", "beanie",
            "glove", "hammock", "camping chair", "bivvy bag", "poncho", "daypack", "insulated vest", "gaiter");
    private static final List<String> COUNTRIES = List.of("Germany", "France", "the UK", "the US", "Canada", "Spain",
            "Italy", "Austria", "the Netherlands", "Belgium", "Sweden", "Denmark", "Poland", "Ireland", "Portugal",
            "Finland", "Czechia", "Luxembourg");
    private static final List<String> CARRIERS = List.of("DHL", "UPS", "GLS", "DPD", "FedEx", "PostNL", "Royal Mail",
            "Canada Post", "Colissimo", "Correos");
    private static final List<String> PAYMENTS = List.of("PayPal", "Klarna", "Apple Pay", "Google Pay", "iDEAL",
            "Bancontact", "Maestro", "Visa", "Mastercard", "American Express");
    private static final List<String> LINE_STARTS = List.of("Fjell", "Kestrel", "Aurora", "Vardo", "Tundra", "Ridge",
            "Solstice", "Glacier", "Harbor", "Ember", "Lumen", "Boreal", "Cirrus", "Talus", "Moraine", "Sitka", "Alder",
            "Nimbus", "Corrie", "Scree", "Kaldur", "Brisa", "Halvor", "Orca", "Skye", "Tarn", "Ural", "Vega", "Wren",
            "Zephyr");
    private static final List<String> LINE_ENDS = List.of("Pro", "Lite", "Trail", "Alpine", "Explorer", "Summit",
            "Storm", "Trek", "Hybrid", "Ultra", "Active", "Classic", "Expedition", "Shell", "Thermo", "Air", "Dry",
            "Flex", "Peak", "Base");

    private static final Pattern PRODUCT = alternatives(List.of("jacket", "tent", "sleeping bag", "backpack",
            "fleece", "stove", "rucksack"), "(s?)");
    private static final Pattern COUNTRY = alternatives(List.of("Germany", "the UK", "the US", "Canada", "the EU"), "");
    private static final Pattern CARRIER = alternatives(List.of("DHL", "UPS"), "");
    private static final Pattern PAYMENT = alternatives(List.of("PayPal", "Klarna", "Apple Pay"), "");

    private GeneratedCorpus() {}

    /**
     * English articles with {@code passages} passages in all.
     *
     * @param sources the help articles whose English ones' sentences are recombined (the products,
     *     places and payment methods it swaps are English words)
     * @param seed the generator's seed
     */
    public static List<Article> generate(List<Article> sources, int passages, long seed) {
        if (passages < 1) {
            throw new IllegalArgumentException("passages must be at least 1, was " + passages);
        }
        SourceSentences material = SourceSentences.of(sources.stream().filter(a -> a.language() == Language.EN).toList());
        List<String> topics = List.copyOf(material.byTopic().keySet());
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int left = passages, n = 0; left > 0; left -= SECTIONS_PER_ARTICLE, n++) {
            String topicName = pick(random, topics);
            articles.add(article(n, topicName, material.byTopic().get(topicName),
                    Math.min(left, SECTIONS_PER_ARTICLE), random));
        }
        return articles;
    }

    private static Article article(int n, String topicName, SourceSentences.Topic topic, int sections, Random random) {
        String product = pick(random, PRODUCTS);
        String productLine = pick(random, LINE_STARTS) + " " + pick(random, LINE_ENDS);
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < sections; s++) {
            body.append("## ").append(vary(pick(random, topic.headings()), product, random)).append("\n\n");
            body.append(section(topic, product, random)).append("\n\n");
        }
        String title = vary(pick(random, topic.titles()), product, random) + " (" + productLine + " " + product + ")";
        String id = "gen-" + topicName + "-" + n;
        return new Article(id, title, "https://help.example/" + id, List.of(topicName, product), "en", body.toString());
    }

    /** Two to six sentences of the topic, within the section length. */
    private static String section(SourceSentences.Topic topic, String product, Random random) {
        int wanted = 2 + random.nextInt(5);
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (int tries = 0; wanted > 0 && tries < 4 * wanted; tries++) {
            String sentence = vary(pick(random, topic.sentences()), product, random).replaceFirst("^#+\\s*", "");
            int sentenceWords = sentence.split("\\s+").length;
            if (sentenceWords > MAX_SENTENCE_WORDS || words + sentenceWords > MAX_SECTION_WORDS) {
                continue;
            }
            text.append(text.isEmpty() ? "" : " ").append(sentence);
            words += sentenceWords;
            wanted--;
        }
        return text.isEmpty() ? "See the product page of this " + product + " for details." : text.toString();
    }

    /** The sentence about another product, place, carrier and payment method. */
    private static String vary(String sentence, String product, Random random) {
        String varied = PRODUCT.matcher(sentence).replaceAll(m -> Matcher.quoteReplacement(product + m.group(2)));
        varied = COUNTRY.matcher(varied).replaceAll(m -> Matcher.quoteReplacement(pick(random, COUNTRIES)));
        varied = CARRIER.matcher(varied).replaceAll(m -> Matcher.quoteReplacement(pick(random, CARRIERS)));
        return PAYMENT.matcher(varied).replaceAll(m -> Matcher.quoteReplacement(pick(random, PAYMENTS)));
    }

    private static Pattern alternatives(List<String> words, String suffix) {
        return Pattern.compile("\\b(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")"
                + suffix + "\\b");
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
