package dev.parallax.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips story folders for import tests, from the seed folder or from given files. */
public final class StoryZips {

    public static final Path SEED_FOLDER = Path.of("translations", "assad-tehran-visit");

    private StoryZips() {
    }

    /** The seed folder's files, each passed through {@code edit(name, content)}. */
    public static Map<String, String> seedFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(SEED_FOLDER)) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static Map<String, String> seedFilesWithSlug(String slug) {
        Map<String, String> files = seedFiles();
        files.put("story", files.get("story").replace("slug: assad-tehran-visit", "slug: " + slug));
        return files;
    }

    public static Map<String, String> edit(Map<String, String> files, String name, UnaryOperator<String> change) {
        files.put(name, change.apply(files.get(name)));
        return files;
    }

    public static byte[] zip(String folder, Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder.isEmpty() ? file.getKey() : folder + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
