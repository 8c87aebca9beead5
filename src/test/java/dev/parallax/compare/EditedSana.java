package dev.parallax.compare;

import dev.parallax.support.Seed;
import dev.parallax.support.Stories;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * SANA's English with the edits a rewrite makes (a transliteration, a modal, a reporting verb, a title),
 * added to the seed story for page tests that need wording differences to show, and removed after.
 */
final class EditedSana {

    private EditedSana() {
    }

    static String text() {
        List<String> paragraphs = given().get("/api/versions/" + Seed.versionId("sana.en")).then().statusCode(200)
                .extract().jsonPath().getList("paragraphs.text");
        return String.join("\n\n", paragraphs)
                .replace("For his part, Seyyed Khamenei stressed that Iran will continue", "For his part, Sayyed Khamenei claimed that Iran may continue")
                .replace("President Assad pointed out", "President al-Assad pointed out")
                .replace("in order not to allow America", "in order to allow America");
    }

    /** Adds the edited copy to the seed story and returns its id. */
    static long add() {
        return Stories.addVersionAs(Seed.storyId(), Map.of("outlet", "SANA (rewritten)", "language", "en", "text", text()));
    }

    static void remove(long id) {
        Stories.deleteVersionAsEditor(id);
    }
}
