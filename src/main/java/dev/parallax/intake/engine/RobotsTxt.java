package dev.parallax.intake.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site's robots.txt (RFC 9309): the group for our product token, else the one for {@code *}; the
 * longest matching Allow or Disallow rule decides, Allow winning a tie; {@code *} and {@code $} work as
 * wildcards. No group, no rule: everything is allowed.
 */
public final class RobotsTxt {

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = rules;
    }

    public static RobotsTxt allowAll() {
        return new RobotsTxt(List.of());
    }

    public static RobotsTxt parse(String text, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> ours = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean oursFound = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = new ArrayList<>();
        for (String raw : (text == null ? "" : text).split("\\R")) {
            String line = raw.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    agents = new ArrayList<>();
                    current = new ArrayList<>();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
                if (value.equals("*")) {
                    star = current;
                } else if (token.contains(value.toLowerCase(Locale.ROOT)) && !value.isEmpty()) {
                    ours = current;
                    oursFound = true;
                }
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (!agents.isEmpty() && !(field.equals("disallow") && value.isEmpty())) {
                    current.add(new Rule(field.equals("allow"), value));
                }
            }
        }
        return new RobotsTxt(List.copyOf(oursFound ? ours : star));
    }

    /** Whether {@code pathAndQuery} ("/ar/?p=12") may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path)
                    && (best == null || rule.pattern().length() > best.pattern().length()
                    || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : p.toCharArray()) {
            if (c == '*') {
                regex.append(java.util.regex.Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(java.util.regex.Pattern.quote(literal.toString()));
        return path.matches(regex + (anchored ? "" : ".*"));
    }
}
