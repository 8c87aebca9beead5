package dev.parallax.exchange;

import java.util.List;

/**
 * Flags a row raises (a number or a name that differs between versions…), which the differences feature
 * will compute. Until then no row has flags; the DOCX keeps a "Flags" column for them.
 */
@FunctionalInterface
public interface FlagLookup {

    FlagLookup NONE = row -> List.of();

    List<String> flags(ExchangeRow row);
}
