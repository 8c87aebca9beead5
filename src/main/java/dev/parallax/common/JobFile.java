package dev.parallax.common;

/** A file a background job made (an export), kept with the job until it is downloaded or expires. */
public record JobFile(String name, String mediaType, byte[] bytes) {
}
