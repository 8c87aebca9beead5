package dev.parallax.compare.engine;

import java.util.List;

/**
 * "quote": a quotation present in one version only, or quoted wording that differs. Quotes pair by
 * their words in one language and in order across languages (where only their presence can be
 * compared). A quote whose words are all still there but without quotation marks is told apart: the
 * version reports the statement instead of quoting it.
 */
public final class QuoteRule implements FlagRule {

    private static final int SHOWN = 90;

    @Override
    public String name() {
        return "quote";
    }

    @Override
    public List<Flag> flags(CellPair pair) {
        List<Quotes.Quote> a = Quotes.of(pair.baseText());
        List<Quotes.Quote> b = Quotes.of(pair.otherText());
        int[] partner = Quotes.pair(a, b, pair.sameLanguage());
        boolean[] paired = new boolean[b.size()];
        List<Flag> flags = new java.util.ArrayList<>();
        for (int k = 0; k < a.size(); k++) {
            String qa = a.get(k).text();
            if (partner[k] < 0) {
                boolean reported = pair.sameLanguage()
                        && Quotes.words(pair.otherText()).containsAll(Quotes.words(qa));
                flags.add(new Flag(Flag.Type.QUOTE, qa, "", reported
                        ? "Quotation marks dropped here: the base quotes “" + FlagRule.shorten(qa, SHOWN) + "”"
                        : "Quote missing here: the base quotes “" + FlagRule.shorten(qa, SHOWN) + "”"));
                continue;
            }
            paired[partner[k]] = true;
            String qb = b.get(partner[k]).text();
            if (pair.sameLanguage() && !CellPair.primaryWords(qa).equals(CellPair.primaryWords(qb))) {
                flags.add(new Flag(Flag.Type.QUOTE, qa, qb, "Quoted wording differs: “" + FlagRule.shorten(qa, 40)
                        + "” in the base, “" + FlagRule.shorten(qb, 40) + "” here"));
            }
        }
        for (int m = 0; m < b.size(); m++) {
            if (!paired[m]) {
                String qb = b.get(m).text();
                flags.add(new Flag(Flag.Type.QUOTE, "", qb, "Quote not in the base: “" + FlagRule.shorten(qb, SHOWN) + "”"));
            }
        }
        return flags;
    }
}
