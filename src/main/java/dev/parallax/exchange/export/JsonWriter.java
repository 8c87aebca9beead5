package dev.parallax.exchange.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.parallax.exchange.AlignedText;
import dev.parallax.exchange.ExchangeRow;
import dev.parallax.exchange.ExchangeVersion;
import dev.parallax.exchange.ExchangeWriter;
import dev.parallax.exchange.Segment;
import dev.parallax.exchange.Segmentation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The alignment API's answer ({@code versions}, {@code rows} with {@code cells}, {@code score},
 * {@code moved}, {@code confirmed}, {@code fixed} and, for sentence segmentation, {@code sentences}) with
 * each row's paragraph texts inlined as {@code texts} and their statuses as {@code statuses} (an empty list
 * where none is known), plus the story and the versions' metadata.
 */
public final class JsonWriter implements ExchangeWriter {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(AlignedText text, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("story");
            json.writeStringField("title", text.title());
            json.writeStringField("slug", text.slug());
            json.writeEndObject();
            json.writeStringField("segmentation", text.segmentation().label());
            json.writeArrayFieldStart("versions");
            for (ExchangeVersion v : text.versions()) {
                id(json, v.id());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("versionDetails");
            for (ExchangeVersion v : text.versions()) {
                json.writeStartObject();
                json.writeFieldName("id");
                id(json, v.id());
                json.writeStringField("key", v.key());
                json.writeStringField("outlet", v.outlet());
                json.writeStringField("language", v.language());
                json.writeStringField("title", v.title());
                json.writeStringField("kind", v.kind());
                json.writeFieldName("translationOf");
                id(json, v.translationOf());
                json.writeStringField("sourceUrl", v.sourceUrl());
                json.writeStringField("publishedAt", v.publishedAt());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (ExchangeRow row : text.rows()) {
                json.writeStartObject();
                json.writeFieldName("cells");
                nested(json, row.indices());
                json.writeFieldName("texts");
                nestedStrings(json, row.texts());
                json.writeArrayFieldStart("statuses");
                for (int v = 0; v < text.versions().size(); v++) {
                    json.writeStartArray();
                    for (String status : text.statuses(row, v)) {
                        json.writeString(status);
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeNumberField("score", round(row.score()));
                json.writeArrayFieldStart("moved");
                for (boolean m : row.moved()) {
                    json.writeBoolean(m);
                }
                json.writeEndArray();
                json.writeBooleanField("confirmed", row.confirmed());
                json.writeBooleanField("fixed", row.fixed());
                if (text.segmentation() == Segmentation.SENTENCE) {
                    json.writeArrayFieldStart("sentences");
                    for (Segment s : text.segments(row)) {
                        json.writeStartObject();
                        json.writeArrayFieldStart("cells");
                        for (List<Segment.Piece> cell : s.cells()) {
                            json.writeStartArray();
                            for (Segment.Piece p : cell) {
                                json.writeString(p.text());
                            }
                            json.writeEndArray();
                        }
                        json.writeEndArray();
                        json.writeNumberField("score", round(s.score()));
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Database ids are numbers in the API; other ids stay strings. */
    private static void id(JsonGenerator json, String id) throws IOException {
        if (id == null) {
            json.writeNull();
        } else if (id.matches("\\d{1,18}")) {
            json.writeNumber(Long.parseLong(id));
        } else {
            json.writeString(id);
        }
    }

    private static void nested(JsonGenerator json, List<List<Integer>> lists) throws IOException {
        json.writeStartArray();
        for (List<Integer> list : lists) {
            json.writeStartArray();
            for (int i : list) {
                json.writeNumber(i);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void nestedStrings(JsonGenerator json, List<List<String>> lists) throws IOException {
        json.writeStartArray();
        for (List<String> list : lists) {
            json.writeStartArray();
            for (String s : list) {
                json.writeString(s);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
