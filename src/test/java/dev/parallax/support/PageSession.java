package dev.parallax.support;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * A browser-like session for jsoup page tests: keeps the CSRF cookie and submits forms with the token
 * the page rendered, as a real form post would.
 */
public final class PageSession {

    private final Map<String, String> cookies = new HashMap<>();

    /** Signs in through the sign-in form, as a person does; the session then carries the sign-in cookie. */
    public Response signIn(String username, String password) {
        Response r = given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
        cookies.putAll(r.getCookies());
        return r;
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    public Document get(String path) {
        Response r = given().cookies(cookies).redirects().follow(false).get(path);
        cookies.putAll(r.getCookies());
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.asString());
        }
        return Jsoup.parse(r.asString(), "http://localhost" + path);
    }

    /** Submits the form as url-encoded, with its hidden fields (the CSRF token) plus {@code fields}. */
    public Response submit(Element form, Map<String, String> fields) {
        Map<String, String> params = hiddenFields(form);
        params.putAll(fields);
        Response r = given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(params).post(form.attr("action"));
        cookies.putAll(r.getCookies());
        return r;
    }

    /** Submits the form with its hidden fields and {@code fields}, each a name with several values in order (as a browser sends repeated names). */
    public Response submitRepeated(Element form, Map<String, List<String>> fields) {
        io.restassured.specification.RequestSpecification request = given().cookies(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        Map<String, String> hidden = hiddenFields(form);
        fields.keySet().forEach(hidden::remove);
        hidden.forEach(request::formParam);
        fields.forEach((name, values) -> request.formParam(name, values.toArray()));
        Response r = request.post(form.attr("action"));
        cookies.putAll(r.getCookies());
        return r;
    }

    /** Submits the form as htmx does from a page (not boosted): its fields plus the HX-Request header. */
    public Response submitWithHtmx(Element form, Map<String, String> fields) {
        Map<String, String> params = hiddenFields(form);
        params.putAll(fields);
        Response r = given().cookies(cookies).redirects().follow(false).header("HX-Request", "true")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(params).post(form.attr("action"));
        cookies.putAll(r.getCookies());
        return r;
    }

    /**
     * Submits a multipart form (file uploads) with its hidden fields plus text {@code fields}, encoded as a
     * browser does (text parts carry no Content-Type, which is how the server tells them from files).
     */
    public Response submitMultipart(Element form, Map<String, String> fields, String fileField, String fileName, byte[] file, String type) {
        String boundary = "----parallax" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> params = hiddenFields(form);
        params.putAll(fields);
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        for (Map.Entry<String, String> p : params.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.getKey() + "\"\r\n\r\n"
                    + p.getValue() + "\r\n").getBytes(utf8));
        }
        if (fileField != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(utf8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(utf8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        Response r = given().cookies(cookies).redirects().follow(false)
                .config(io.restassured.config.RestAssuredConfig.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.BINARY)))
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray()).post(form.attr("action"));
        cookies.putAll(r.getCookies());
        return r;
    }

    public Document follow(Response redirect) {
        if (redirect.statusCode() != 303) {
            throw new AssertionError("Expected a 303 redirect, got " + redirect.statusCode() + ": " + redirect.asString());
        }
        String location = redirect.header("Location").replaceFirst("^https?://[^/]+", "");
        return get(location.replaceFirst("#.*$", ""));
    }

    private static Map<String, String> hiddenFields(Element form) {
        Map<String, String> params = new HashMap<>();
        for (Element hidden : form.select("input[type=hidden]")) {
            params.put(hidden.attr("name"), hidden.attr("value"));
        }
        return params;
    }
}
