package dev.parallax.common;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Long work (a bulk import, an export of a long story, a re-alignment) run in the background with its progress:
 * what is done and what remains, read by a progress bar that polls, so the user may work elsewhere meanwhile
 * and come back to the result. Jobs live in this instance's memory for {@link #KEEP} after they end; each
 * belongs to the user who started it.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);
    /** How long a finished job, and its result, stays to be read. */
    public static final Duration KEEP = Duration.ofHours(1);
    /** Jobs kept at most (running ones always are). */
    static final int MAX_JOBS = 500;

    /** The work of a job: reports progress on the job and ends by calling {@link Job#finish}. */
    @FunctionalInterface
    public interface Work {
        void run(Job job) throws Exception;
    }

    /** A job and how far it has got. Progress fields are written by the worker and read by any request. */
    public static final class Job {
        public static final String RUNNING = "running";
        public static final String DONE = "done";
        public static final String FAILED = "failed";

        private final String id = UUID.randomUUID().toString();
        private final String kind;
        private final String title;
        private final String owner;
        private final Instant started = Instant.now();
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;
        private volatile String step = "";
        private volatile String state = RUNNING;
        private volatile Instant ended;
        private volatile String message;
        private volatile String resultUrl;
        private volatile Object result;

        Job(String kind, String title, String owner) {
            this.kind = kind;
            this.title = title;
            this.owner = owner;
        }

        /** How many steps the work has (0 while unknown: the bar shows work going on without a measure). */
        public void total(int total) {
            this.total = Math.max(0, total);
        }

        /** Steps done so far (never goes back). */
        public void done(int done) {
            this.done.accumulateAndGet(done, Math::max);
        }

        /** One more step done. */
        public void step() {
            done.incrementAndGet();
        }

        /** What is being done now, in words ("aligning", "writing rows"). */
        public void step(String words) {
            this.step = words == null ? "" : words;
        }

        /** Ends the job: a message saying what came of it, where to see it, and any result the page renders. */
        public void finish(String message, String resultUrl, Object result) {
            this.message = message;
            this.resultUrl = resultUrl;
            this.result = result;
            if (total > 0) {
                done.set(total);
            }
            this.ended = Instant.now();
            this.state = DONE;
        }

        void fail(String message) {
            this.message = message;
            this.ended = Instant.now();
            this.state = FAILED;
        }

        public String id() {
            return id;
        }

        public String kind() {
            return kind;
        }

        public String title() {
            return title;
        }

        public String owner() {
            return owner;
        }

        public Instant started() {
            return started;
        }

        public int doneCount() {
            return Math.min(done.get(), total == 0 ? done.get() : total);
        }

        public int total() {
            return total;
        }

        public int remaining() {
            return Math.max(0, total - doneCount());
        }

        public int percent() {
            return total == 0 ? 0 : (int) (100L * doneCount() / total);
        }

        public String stepWords() {
            return step;
        }

        public String state() {
            return state;
        }

        public boolean running() {
            return RUNNING.equals(state);
        }

        public boolean failed() {
            return FAILED.equals(state);
        }

        public String message() {
            return message;
        }

        public String resultUrl() {
            return resultUrl;
        }

        public Object result() {
            return result;
        }

        /** Whether the result is a file to download (an export). */
        public boolean download() {
            return result instanceof JobFile;
        }

        /** Seconds since it started (until it ended). */
        public long seconds() {
            return Duration.between(started, ended == null ? Instant.now() : ended).toSeconds();
        }

        boolean expired(Instant now) {
            return ended != null && ended.plus(KEEP).isBefore(now);
        }
    }

    private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

    /**
     * The user whose job this thread is running, or null outside a job: a job's revisions and audit events name
     * the user who started it, not "system", though no request is active.
     */
    public static String actingUser() {
        return ACTING.get();
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    // two workers: long work runs beside the requests, never more of it than the machine's two cores
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "parallax-job");
        t.setDaemon(true);
        return t;
    });

    /** Starts {@code work} in the background; returns at once with the job to follow. */
    public Job start(String kind, String title, String owner, Work work) {
        return start(kind, title, owner, 0, work);
    }

    /** As {@link #start(String, String, String, Work)}, with the number of steps known beforehand. */
    public Job start(String kind, String title, String owner, int total, Work work) {
        prune();
        Job job = new Job(kind, title, owner);
        job.total(total);
        jobs.put(job.id(), job);
        workers.submit(() -> {
            ACTING.set(owner);
            try {
                work.run(job);
                if (job.running()) {
                    job.finish("Done.", null, null);
                }
            } catch (ApiException e) {
                job.fail(e.error() + (e.detail() == null ? "" : ": " + e.detail()));
            } catch (Exception | Error e) {
                LOG.errorf(e, "Job %s (%s) failed", job.id(), kind);
                job.fail("The work stopped on an unexpected error; nothing more was done. The log has the details.");
            } finally {
                ACTING.remove();
            }
        });
        return job;
    }

    /**
     * The job {@code id} if it belongs to {@code owner}; 404 otherwise (another user's job is not shown), saying why a
     * job can be missing: it ran on another instance, ended over an hour ago, or was lost in a restart (ADR 24).
     */
    public Job get(String id, String owner) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner().equals(owner)) {
            throw new ApiException(404, "Job not found", "No job has the id " + id + " on this instance. Jobs are kept in the memory"
                    + " of the instance that runs them, for an hour after they end, and a restart loses them: behind a load balancer,"
                    + " follow a job on the instance that started it (sticky sessions). If it is gone, start the work again;"
                    + " an import kept every story it had reported, each in its own transaction.");
        }
        return job;
    }

    /** The user's jobs, newest first. */
    public List<Job> of(String owner) {
        return jobs.values().stream().filter(j -> j.owner().equals(owner))
                .sorted(Comparator.comparing(Job::started).reversed()).toList();
    }

    private void prune() {
        Instant now = Instant.now();
        jobs.values().removeIf(j -> j.expired(now));
        if (jobs.size() >= MAX_JOBS) {
            jobs.values().stream().filter(j -> !j.running()).sorted(Comparator.comparing(Job::started))
                    .limit(jobs.size() - MAX_JOBS + 1L).map(Job::id).toList().forEach(jobs::remove);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
