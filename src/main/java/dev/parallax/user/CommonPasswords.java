package dev.parallax.user;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The passwords attackers try first: {@code passwords/common-passwords.txt} (its header states where it comes
 * from). A password is common when, lower-cased, it is on the list, or is a listed word of four or more characters
 * followed only by digits and punctuation ("sunshine2026!"), as guessing tools extend such lists.
 */
@ApplicationScoped
public class CommonPasswords {

    static final String RESOURCE = "passwords/common-passwords.txt";
    private static final Pattern TRAILING = Pattern.compile("[\\p{Punct}\\d\\s]+$");

    private final Set<String> words = load();

    public boolean isCommon(String password) {
        if (password == null) {
            return false;
        }
        String p = password.strip().toLowerCase(Locale.ROOT);
        if (words.contains(p)) {
            return true;
        }
        String base = TRAILING.matcher(p).replaceAll("");
        return base.length() >= 4 && words.contains(base);
    }

    public int size() {
        return words.size();
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    set.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
