package dev.parallax.common.web;

import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The security headers on every kind of response: pages, API, errors, redirects, static files, webjars. */
@QuarkusTest
class SecurityHeadersTest {

    static void assertHardened(Response r, String what) {
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                && csp.contains("script-src 'self'") && csp.contains("style-src 'self'") && !csp.contains("unsafe"), what + ": " + csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals("same-origin", r.header("Referrer-Policy"), what);
        assertTrue(r.header("Permissions-Policy").contains("camera=()"), what);
        assertNull(r.header("Strict-Transport-Security"), what + ": no HSTS over plain HTTP");
    }

    @Test
    void everyKindOfResponseCarriesTheHeaders() {
        Map<String, Response> responses = new java.util.LinkedHashMap<>();
        responses.put("home page", given().get("/"));
        responses.put("story page", given().get("/stories/" + Seed.storyId()));
        responses.put("sign-in page", given().get("/login"));
        responses.put("API read", given().get("/api/stories"));
        responses.put("API 404", given().get("/api/stories/999999"));
        responses.put("API 401", given().contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/stories"));
        responses.put("page 404", given().get("/stories/999999"));
        responses.put("no such route", given().get("/no/such/thing"));
        responses.put("redirect to sign-in", given().redirects().follow(false).get("/admin"));
        responses.put("failed sign-in", given().redirects().follow(false).header("X-Forwarded-For", "192.0.2.11").contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "nobody").formParam("j_password", "wrong").post("/j_security_check"));
        responses.put("stylesheet", given().get("/css/parallax.css"));
        responses.put("script", given().get("/js/translate.js"));
        responses.put("webjar", given().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js"));
        for (Map.Entry<String, Response> e : responses.entrySet()) {
            assertHardened(e.getValue(), e.getKey() + " (" + e.getValue().statusCode() + ")");
        }
        assertEquals(200, responses.get("webjar").statusCode());
        assertEquals(404, responses.get("API 404").statusCode());
    }

    @Test
    void httpsThroughATrustedProxyAddsHsts() {
        Response r = given().header("X-Forwarded-Proto", "https").get("/");
        assertEquals(SecurityHeaders.STRICT_TRANSPORT_SECURITY, r.header("Strict-Transport-Security"));
    }

    @Test
    void templatesCarryNoInlineScriptStyleOrHandler() throws Exception {
        List<java.nio.file.Path> templates;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
            templates = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(templates.size() > 10);
        java.util.regex.Pattern inline = java.util.regex.Pattern.compile(
                "<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\son[a-z]+=|javascript:|hx-on|\\[[^\\]]*==", java.util.regex.Pattern.CASE_INSENSITIVE);
        for (java.nio.file.Path t : templates) {
            var m = inline.matcher(java.nio.file.Files.readString(t));
            assertTrue(!m.find(), t + " has inline code or style: " + (m.hitEnd() ? "" : m.group()));
        }
    }
}
