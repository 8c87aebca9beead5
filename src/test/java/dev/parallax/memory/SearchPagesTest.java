package dev.parallax.memory;

import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The search and concordance pages: marked hits with lang and dir, links to the aligned row, bad input inline. */
@QuarkusTest
class SearchPagesTest {

    @Test
    void searchMarksTheQuoteAndLinksItsRow() {
        given().queryParam("q", "victory in an international war").queryParam("story", Seed.storyId()).get("/search")
                .then().statusCode(200)
                .body(containsString("1 paragraph found."))
                .body(containsString("<mark>victory in an international war</mark>"))
                .body(containsString("lang=\"en\" dir=\"ltr\""))
                .body(containsString("/aligned?versions="));
    }

    @Test
    void aBadDateIsShownBesideTheFormWhichKeepsTheInput() {
        given().queryParam("q", "Assad <b>").queryParam("from", "May 2022").get("/search").then().log().ifValidationFails().statusCode(400)
                .body(containsString("from is a date as YYYY-MM-DD"))
                .body(containsString("value=\"Assad &lt;b&gt;\""))
                .body(not(containsString("<b>\"")));
        given().queryParam("q", "  ").get("/concordance").then().statusCode(400).body(containsString("q is empty"));
    }

    @Test
    void concordanceShowsArabicCounterpartsRightToLeft() {
        given().queryParam("q", "work visit").queryParam("language", "en").get("/concordance").then().statusCode(200)
                .body(containsString("<mark>work visit</mark>"))
                .body(containsString("class=\"counterpart\" lang=\"ar\" dir=\"rtl\""))
                .body(containsString("زيارة عمل"));
    }
}
