package dev.parallax.common;

/** A file a background job made (an export), kept in the job's row until the job expires (ADR 26). */
public record JobFile(String name, String mediaType, byte[] bytes) {
}
