package dev.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.intake.engine.ArticleExtractor;
import dev.parallax.intake.engine.ExtractedArticle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Article-body extraction on the article-extraction benchmark (../shared/benchmarks/article-extraction),
 * scored as its README says: 4-token shingles of {@code \w+} tokens, multiset overlap, per-page precision
 * and recall averaged over pages, F1 of the means. Run:
 * {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=dev.parallax.bench.ExtractionBench -Dexec.classpathScope=test}
 */
public final class ExtractionBench {

    public static final String FOLDER = "article-extraction";
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public record PageScore(String key, double precision, double recall) {
    }

    public record Result(List<PageScore> pages, double precision, double recall, double f1, long millis) {
    }

    public static Result run(Path folder) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        List<PageScore> pages = new ArrayList<>();
        long start = System.nanoTime();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            Path html = folder.resolve("html").resolve(page.getKey() + ".html.gz");
            if (!Files.exists(html)) {
                continue;
            }
            String text;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            ExtractedArticle article = extractor.extract(text, page.getValue().path("url").asText());
            String predicted = String.join("\n\n", article.paragraphs());
            pages.add(score(page.getKey(), page.getValue().path("articleBody").asText(), predicted));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        double p = pages.stream().mapToDouble(PageScore::precision).average().orElse(0);
        double r = pages.stream().mapToDouble(PageScore::recall).average().orElse(0);
        return new Result(pages, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), millis);
    }

    static PageScore score(String key, String expected, String predicted) {
        Map<List<String>, Integer> truth = shingles(expected);
        Map<List<String>, Integer> guess = shingles(predicted);
        double tp = 0;
        double all = 0;
        double got = 0;
        for (Map.Entry<List<String>, Integer> e : guess.entrySet()) {
            tp += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
            got += e.getValue();
        }
        for (int n : truth.values()) {
            all += n;
        }
        double fp = got - tp;
        double fn = all - tp;
        // normalising tp, fp and fn to sum to 1 (as the benchmark does) leaves these ratios as they are
        if (fp == 0 && fn == 0) {
            return new PageScore(key, 1, 1);
        }
        if (tp == 0) {
            return new PageScore(key, 0, 0);
        }
        return new PageScore(key, tp / (tp + fp), tp / (tp + fn));
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.size() < 4) {
            if (!tokens.isEmpty()) {
                out.put(List.copyOf(tokens), 1);
            }
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (!BenchmarkData.has(FOLDER)) {
            System.out.println("No " + BenchmarkData.folder(FOLDER) + ": nothing to measure.");
            return;
        }
        Result result = run(BenchmarkData.folder(FOLDER));
        result.pages().stream().sorted((a, b) -> Double.compare(a.precision() + a.recall(), b.precision() + b.recall())).limit(15)
                .forEach(s -> System.out.printf("%s P %.3f R %.3f%n", s.key().substring(0, 12), s.precision(), s.recall()));
        System.out.printf("pages %d  precision %.3f  recall %.3f  F1 %.3f  (%d ms in all)%n", result.pages().size(), result.precision(),
                result.recall(), result.f1(), result.millis());
    }
}
