package dev.parallax.common;

/** The JSON body of every API error. */
public record ErrorBody(String error, String detail) {
}
