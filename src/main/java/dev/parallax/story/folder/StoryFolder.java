package dev.parallax.story.folder;

import dev.parallax.common.ApiException;
import dev.parallax.story.upload.TextExtractor;
import dev.parallax.story.VersionInput;
import dev.parallax.text.FrontMatter;
import dev.parallax.text.MalformedTextException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A story as files: a {@code story} metadata file ({@code title:}, {@code slug:}) and one file per version,
 * each a front-matter header and the text. Versions are ordered by file name ({@code 01-…}, {@code 02-…});
 * a version's key is its file name without the order prefix and the extension ({@code 02-sana.en.txt} →
 * {@code sana.en}). Other files (notes, a gold alignment) are not versions: a .txt or .md file is a version
 * only if it starts with a {@code ---} header.
 */
public record StoryFolder(String slug, String title, List<VersionFile> versions) {

    public record VersionFile(String key, String fileName, VersionInput input) {
    }

    public static final List<String> STORY_FILES = List.of("story", "story.txt", "story.md");
    private static final Pattern ORDER_PREFIX = Pattern.compile("^\\d+[-_ ]");
    private static final int MAX_ZIP_ENTRIES = 1000;

    /** Reads a folder of {@code translations/}. */
    public static StoryFolder read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : entries.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (isCandidate(name)) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return parse(files, dir.getFileName().toString());
    }

    /**
     * Reads a zipped story folder: the files may sit at the top of the zip or in one folder. Nothing is
     * written to disk; sizes are counted as the zip inflates, so a zip bomb stops at {@code maxBytes}.
     */
    public static StoryFolder unzip(byte[] zip, String zipName, long maxBytes) {
        Map<String, String> files = new TreeMap<>();
        String[] folder = {null};
        walkZip(zip, zipName, maxBytes, MAX_ZIP_ENTRIES, (parent, name, text) -> {
            if (parent.contains("/")) {
                return; // deeper than one folder: not part of this story
            }
            if (folder[0] == null) {
                folder[0] = parent;
            } else if (!folder[0].equals(parent)) {
                throw ApiException.badRequest("Not a story folder",
                        "The zip holds more than one folder (" + folder[0] + ", " + parent + "); zip one story folder.");
            }
            files.put(name, text.get());
        });
        String fallbackSlug = folder[0] != null && !folder[0].isEmpty() ? folder[0]
                : zipName == null ? "story" : zipName.replaceFirst("(?i)\\.zip$", "");
        return parse(files, fallbackSlug);
    }

    /** Receives each candidate file of a zip: its folder path, its name, and its text (read when asked). */
    @FunctionalInterface
    private interface ZipFileSink {
        void accept(String parent, String name, ZipText text) throws IOException;
    }

    @FunctionalInterface
    private interface ZipText {
        String get() throws IOException;
    }

    /**
     * Walks a zip's candidate files (story files, .txt, .md; no hidden or macOS files) without writing to disk;
     * sizes are counted as the zip inflates, so a zip bomb stops at {@code maxBytes}.
     */
    private static void walkZip(byte[] zip, String zipName, long maxBytes, int maxEntries, ZipFileSink sink) {
        long[] total = {0};
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw ApiException.tooLarge("The zip has more than " + maxEntries + " entries.");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String path = entry.getName().replace('\\', '/');
                int slash = path.lastIndexOf('/');
                String name = path.substring(slash + 1);
                String parent = slash < 0 ? "" : path.substring(0, slash);
                if (path.startsWith("__MACOSX/") || name.startsWith(".") || !isCandidate(name)) {
                    continue;
                }
                sink.accept(parent, name, () -> {
                    byte[] content = readLimited(in, maxBytes - total[0]);
                    total[0] += content.length;
                    return TextExtractor.decode(content, name);
                });
            }
        } catch (ZipException e) {
            throw ApiException.badRequest("Unreadable zip", zipName + " is not a valid zip file: it is damaged or not a zip;"
                    + " zip the story folder again and upload it.");
        } catch (IOException e) {
            throw ApiException.badRequest("Unreadable zip", zipName + " could not be read to the end: it is damaged or"
                    + " incomplete; zip the story folder again and upload it.");
        }
    }

    /** One folder of a zip of many: the story it holds, or why it cannot be imported. */
    public record Entry(String name, StoryFolder folder, ApiException error) {
    }

    /**
     * Reads a zip of many story folders (each folder holding a {@code story} file and its versions, at any
     * depth), for bulk import. A folder that cannot be read is reported, not fatal; a zip that cannot be read,
     * or is too large, is refused whole. Folders come in path order.
     */
    public static List<Entry> unzipMany(byte[] zip, String zipName, long maxBytes, int maxEntries) {
        Map<String, Map<String, String>> folders = new TreeMap<>();
        walkZip(zip, zipName, maxBytes, maxEntries,
                (parent, name, text) -> folders.computeIfAbsent(parent, k -> new TreeMap<>()).put(name, text.get()));
        List<Entry> result = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> folder : folders.entrySet()) {
            String path = folder.getKey();
            boolean isStory = STORY_FILES.stream().anyMatch(folder.getValue()::containsKey);
            boolean hasVersions = folder.getValue().values().stream().anyMatch(t -> t.stripLeading().startsWith("---"));
            if (!isStory && !hasVersions) {
                continue; // notes, gold alignments, a wrapping folder
            }
            String name = path.isEmpty() ? (zipName == null ? "story" : zipName.replaceFirst("(?i)\\.zip$", "")) : path;
            String fallbackSlug = name.substring(name.lastIndexOf('/') + 1);
            try {
                result.add(new Entry(name, parse(folder.getValue(), fallbackSlug), null));
            } catch (ApiException e) {
                result.add(new Entry(name, null, e));
            }
        }
        return result;
    }

    private static StoryFolder parse(Map<String, String> files, String fallbackSlug) {
        String storyFile = STORY_FILES.stream().filter(files::containsKey).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Not a story folder",
                        "No 'story' metadata file (title: …, slug: …) in " + fallbackSlug + "."));
        FrontMatter meta;
        try {
            meta = FrontMatter.parseStory(files.get(storyFile), storyFile);
        } catch (MalformedTextException e) {
            throw ApiException.badRequest(e.error(), e.detail());
        }
        if (meta.get("title") == null) {
            throw ApiException.badRequest("Malformed front matter", storyFile + ": the story has no title.");
        }
        List<VersionFile> versions = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String name = file.getKey();
            if (STORY_FILES.contains(name) || !file.getValue().stripLeading().startsWith("---")) {
                continue;
            }
            VersionInput read = TextExtractor.fromText(file.getValue(), name);
            String key = keyOf(name);
            versions.add(new VersionFile(key, name, new VersionInput(key, read.outlet(), read.language(), read.title(),
                    read.kind(), read.translationOf(), read.sourceUrl(), read.publishedAt(), read.text())));
        }
        if (versions.isEmpty()) {
            throw ApiException.badRequest("Not a story folder", fallbackSlug + " has no version files (.txt or .md starting with a '---' header).");
        }
        String slug = meta.get("slug") != null ? meta.get("slug") : fallbackSlug;
        return new StoryFolder(slug, meta.get("title"), versions);
    }

    /** {@code 02-sana.en.txt} → {@code sana.en}. */
    public static String keyOf(String fileName) {
        String base = fileName.replaceFirst("(?i)\\.(txt|md)$", "");
        return ORDER_PREFIX.matcher(base).replaceFirst("");
    }

    private static boolean isCandidate(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return STORY_FILES.contains(lower) || lower.endsWith(".txt") || lower.endsWith(".md");
    }

    private static byte[] readLimited(InputStream in, long remaining) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > remaining) {
                throw ApiException.tooLarge("The zip inflates to more than the upload limit.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
