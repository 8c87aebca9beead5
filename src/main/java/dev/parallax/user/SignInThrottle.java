package dev.parallax.user;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * How long a password check must wait, from the recent failures of its account and of its address.
 *
 * <p>The first {@code free} failures cost nothing (people mistype); after that each further failure doubles the
 * wait, from {@code first} up to a cap: {@code maxAddress} for the address (which does the guessing), a lower
 * {@code maxAccount} for the account (guessed from many addresses), so the real user, from their own address,
 * is slowed by at most a few seconds and never locked out. Attempts from an address with failures also queue one
 * behind the other, so sending them in parallel gains nothing; an attempt that would queue longer than
 * {@code maxQueue} is refused without checking the password. A success forgets the failures of that account from
 * that address (a typo corrected), never the others. Failures older than {@code window} are forgotten.
 *
 * <p>State is in memory, per application instance. Pure and synchronized: the clock is passed in.
 */
public final class SignInThrottle {

    /** What an attempt must do: wait this long, or be refused outright. */
    public record Decision(long waitMillis, boolean refused) {
    }

    private record Failure(long at, String account, String address) {
    }

    private static final int MAX_KEYS = 10_000;
    private static final int MAX_PER_KEY = 1_000;

    private final int free;
    private final long first;
    private final long maxAddress;
    private final long maxAccount;
    private final long maxQueue;
    private final long window;

    private final Map<String, Deque<Failure>> byAddress = new HashMap<>();
    private final Map<String, Deque<Failure>> byAccount = new HashMap<>();
    private final Map<String, Long> nextFree = new HashMap<>();

    public SignInThrottle(int free, Duration first, Duration maxAddress, Duration maxAccount, Duration maxQueue, Duration window) {
        this.free = free;
        this.first = first.toMillis();
        this.maxAddress = maxAddress.toMillis();
        this.maxAccount = maxAccount.toMillis();
        this.maxQueue = maxQueue.toMillis();
        this.window = window.toMillis();
    }

    public static String accountKey(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    public synchronized Decision admit(String account, String address, long now) {
        int addressFailures = recent(byAddress, address, now);
        int accountFailures = recent(byAccount, account, now);
        long addressStep = step(addressFailures, maxAddress);
        long accountStep = step(accountFailures, maxAccount);
        long start = now;
        if (addressStep > 0) {
            start = Math.max(now, nextFree.getOrDefault(address, now)) + addressStep;
            if (start - now > maxQueue) {
                return new Decision(0, true);
            }
            nextFree.put(address, start);
        }
        return new Decision(Math.max(start - now, accountStep), false);
    }

    public synchronized void failed(String account, String address, long now) {
        Failure f = new Failure(now, account, address);
        add(byAddress, address, f);
        add(byAccount, account, f);
        if (byAddress.size() > MAX_KEYS || byAccount.size() > MAX_KEYS) {
            sweep(now);
        }
    }

    public synchronized void succeeded(String account, String address) {
        Deque<Failure> a = byAddress.get(address);
        if (a != null) {
            a.removeIf(f -> f.account().equals(account));
        }
        Deque<Failure> u = byAccount.get(account);
        if (u != null) {
            u.removeIf(f -> f.address().equals(address));
        }
    }

    /** Recent failures of an account (all addresses). */
    public synchronized int accountFailures(String account, long now) {
        return recent(byAccount, account, now);
    }

    /** Recent failures from an address (all accounts). */
    public synchronized int addressFailures(String address, long now) {
        return recent(byAddress, address, now);
    }

    public synchronized void reset() {
        byAddress.clear();
        byAccount.clear();
        nextFree.clear();
    }

    long step(int failures, long max) {
        if (failures < free) {
            return 0;
        }
        int doublings = Math.min(failures - free, 30);
        return Math.min(first << doublings, max);
    }

    private int recent(Map<String, Deque<Failure>> map, String key, long now) {
        Deque<Failure> d = map.get(key);
        if (d == null) {
            return 0;
        }
        while (!d.isEmpty() && d.peekFirst().at() < now - window) {
            d.pollFirst();
        }
        if (d.isEmpty()) {
            map.remove(key);
            return 0;
        }
        return d.size();
    }

    private static void add(Map<String, Deque<Failure>> map, String key, Failure f) {
        Deque<Failure> d = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        d.addLast(f);
        if (d.size() > MAX_PER_KEY) {
            d.pollFirst();
        }
    }

    private void sweep(long now) {
        for (Map<String, Deque<Failure>> map : java.util.List.of(byAddress, byAccount)) {
            for (Iterator<Map.Entry<String, Deque<Failure>>> it = map.entrySet().iterator(); it.hasNext(); ) {
                Deque<Failure> d = it.next().getValue();
                if (d.isEmpty() || d.peekLast().at() < now - window) {
                    it.remove();
                }
            }
        }
        nextFree.values().removeIf(t -> t < now);
    }
}
