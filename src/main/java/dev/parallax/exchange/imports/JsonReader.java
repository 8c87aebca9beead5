package dev.parallax.exchange.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.common.ApiException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON export back: {@code versionDetails} for the versions, each row's {@code texts} for its
 * paragraphs and {@code cells} for their positions in their versions.
 */
public final class JsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ImportedAlignment read(byte[] data, String fileName) {
        String what = fileName == null || fileName.isBlank() ? "The JSON file" : fileName;
        JsonNode root;
        try {
            root = JSON.readTree(Utf8.decode(data, what));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Malformed JSON", what + ": "
                    + dev.parallax.common.JsonErrors.describe(e).replaceFirst("^The body", "it"));
        } catch (IOException e) {
            throw ApiException.badRequest("Malformed JSON", what + " could not be read as JSON.");
        }
        if (root == null || !root.path("versionDetails").isArray() || !root.path("rows").isArray()) {
            throw ApiException.badRequest("Invalid JSON", what + " is not a Parallax export: it needs \"versionDetails\" and \"rows\".");
        }
        List<ImportedAlignment.Version> versions = new ArrayList<>();
        for (JsonNode v : root.get("versionDetails")) {
            versions.add(new ImportedAlignment.Version(text(v, "id"), text(v, "key"), text(v, "outlet"), text(v, "language"),
                    text(v, "title"), text(v, "kind"), text(v, "translationOf"), text(v, "sourceUrl"), text(v, "publishedAt")));
        }
        List<List<List<ImportedAlignment.Paragraph>>> rows = new ArrayList<>();
        int r = 0;
        for (JsonNode row : root.get("rows")) {
            JsonNode texts = row.path("texts");
            JsonNode cells = row.path("cells");
            JsonNode statuses = row.path("statuses");
            if (!texts.isArray() || texts.size() != versions.size()) {
                throw ApiException.badRequest("Invalid JSON", what + ", rows[" + r + "]: \"texts\" needs one list per version ("
                        + versions.size() + ").");
            }
            List<List<ImportedAlignment.Paragraph>> out = new ArrayList<>();
            for (int v = 0; v < versions.size(); v++) {
                List<ImportedAlignment.Paragraph> cell = new ArrayList<>();
                JsonNode paragraphs = texts.get(v);
                boolean withStatus = statuses.path(v).size() == paragraphs.size();
                for (int k = 0; k < paragraphs.size(); k++) {
                    JsonNode index = cells.path(v).path(k);
                    JsonNode status = statuses.path(v).path(k);
                    cell.add(new ImportedAlignment.Paragraph(paragraphs.get(k).asText(), index.isInt() ? index.asInt() : null,
                            withStatus && status.isTextual() ? status.asText() : null));
                }
                out.add(cell);
            }
            rows.add(out);
            r++;
        }
        JsonNode story = root.path("story");
        return new ImportedAlignment(text(story, "title"), text(story, "slug"), versions, rows);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
