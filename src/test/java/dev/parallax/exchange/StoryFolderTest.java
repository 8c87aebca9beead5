package dev.parallax.exchange;

import dev.parallax.common.ApiException;
import dev.parallax.story.folder.StoryFolder;
import dev.parallax.support.StoryZips;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StoryFolderTest {

    @Test
    void seedFolderHasFiveVersionsInFileOrderAndIgnoresNotes() throws Exception {
        StoryFolder folder = StoryFolder.read(Path.of("translations/assad-tehran-visit"));
        assertEquals("assad-tehran-visit", folder.slug());
        assertEquals("Syria's Assad Meets Top Iranian Leaders in Surprise Tehran Visit", folder.title());
        assertEquals(List.of("syrian-observer.en", "sana.en", "nournews.en", "sana.ar", "nournews.fa"),
                folder.versions().stream().map(StoryFolder.VersionFile::key).toList());
        assertEquals("sana.en", folder.versions().get(3).input().translationOf());
        assertEquals("The Syrian Observer", folder.versions().get(0).input().outlet());
    }

    @Test
    void zipIsReadLikeTheFolder() {
        StoryFolder folder = StoryFolder.unzip(StoryZips.zip("some-folder", StoryZips.seedFiles()), "a.zip", 10_000_000);
        assertEquals("assad-tehran-visit", folder.slug());
        assertEquals(5, folder.versions().size());
    }

    @Test
    void zipBombStopsAtTheLimit() {
        String huge = "---\noutlet: X\nlanguage: en\n---\n\n" + "a".repeat(3_000_000);
        byte[] zip = StoryZips.zip("bomb", Map.of("story", "title: Bomb", "01-x.en.txt", huge));
        ApiException e = assertThrows(ApiException.class, () -> StoryFolder.unzip(zip, "bomb.zip", 1_000_000));
        assertEquals(413, e.status());
    }

    @Test
    void twoFoldersInOneZipAreRefused() {
        Map<String, String> files = Map.of("a/story", "title: A", "b/story", "title: B");
        ApiException e = assertThrows(ApiException.class, () -> StoryFolder.unzip(StoryZips.zip("", files), "two.zip", 1_000_000));
        assertEquals(400, e.status());
    }

    @Test
    void keysDropTheOrderPrefixAndExtension() {
        assertEquals("sana.ar", StoryFolder.keyOf("04-sana.ar.txt"));
        assertEquals("nournews.fa", StoryFolder.keyOf("nournews.fa.md"));
    }
}
