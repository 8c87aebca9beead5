package dev.parallax.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Long work (a bulk import, an export of a long story, a re-alignment) run in the background with its progress:
 * what is done and what remains, read by a progress bar that polls, so the user may work elsewhere meanwhile
 * and come back to the result. Each belongs to the user who started it.
 *
 * <p>A job runs on the instance that started it, and lives in the table {@code job} (ADR 26): that instance writes
 * its progress there at most every {@link #WRITE_EVERY} (and always when it starts and ends) and a heartbeat every
 * {@link #HEARTBEAT_EVERY}; every read comes from the table, so any instance behind a load balancer shows it, and
 * a finished job's result outlives a restart. A running job whose heartbeat is older than {@link #STALE_AFTER} ran
 * on an instance that stopped: it shows as failed, saying so. Rows go {@link #KEEP} after the job ended.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);
    /** How long a finished job, and its result, stays to be read. */
    public static final Duration KEEP = Duration.ofHours(1);
    /** Ended jobs kept at most, every user's together (running ones always are). */
    static final int MAX_JOBS = 500;
    /** A job's progress is written at most this often: a bar polled every half second moves at least every second. */
    static final Duration WRITE_EVERY = Duration.ofMillis(400);
    /** A running job's row is written at least this often, progress or not, to say its instance is alive. */
    static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(5);
    /** A running job not written for this long ran on an instance that stopped. */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);
    /** Old rows are deleted this often by each instance (and whenever a job starts). */
    static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    /** What a job whose instance stopped says, on its page and in the API. */
    public static final String STOPPED = "The server running this job stopped (a restart or a crash) before the work ended;"
            + " nothing more will be done. Start it again: an import kept every story it had reported, each in its own"
            + " transaction, so send again only what is missing.";

    /** The work of a job: reports progress on the job and ends by calling {@link Job#finish}. */
    @FunctionalInterface
    public interface Work {
        void run(Job job) throws Exception;
    }

    /**
     * A job and how far it has got. The worker reports progress on the job {@link #start} returned (kept in memory
     * and written to the table by {@link Jobs}); {@link #get} and {@link #of} read a job back from the table.
     */
    public static final class Job {
        public static final String RUNNING = "running";
        public static final String DONE = "done";
        public static final String FAILED = "failed";

        private final String id;
        private final String kind;
        private final String title;
        private final String owner;
        private final Instant started;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;
        private volatile String step = "";
        private volatile String state = RUNNING;
        private volatile Instant ended;
        private volatile String message;
        private volatile String resultUrl;
        // the running job: what the work ended with
        private volatile Object result;
        // a job read from the table: its result as JSON, the type it was written from, and its file's name
        private String resultJson;
        private String resultType;
        private String fileName;
        private ObjectMapper json;
        // the running job: progress not yet written, and when the row was last written (System.nanoTime)
        private volatile boolean dirty;
        private volatile long written = System.nanoTime();

        Job(String kind, String title, String owner) {
            this(UUID.randomUUID().toString(), kind, title, owner, Instant.now());
        }

        private Job(String id, String kind, String title, String owner, Instant started) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.owner = owner;
            this.started = started;
        }

        /** How many steps the work has (0 while unknown: the bar shows work going on without a measure). */
        public void total(int total) {
            this.total = Math.max(0, total);
            dirty = true;
        }

        /** Steps done so far (never goes back). */
        public void done(int done) {
            this.done.accumulateAndGet(done, Math::max);
            dirty = true;
        }

        /** One more step done. */
        public void step() {
            done.incrementAndGet();
            dirty = true;
        }

        /** What is being done now, in words ("aligning", "writing rows"). */
        public void step(String words) {
            this.step = words == null ? "" : words;
            dirty = true;
        }

        /**
         * Ends the job: a message saying what came of it, where to see it, and any result the page renders (a
         * {@link JobFile} to download, or a value written as JSON and read back with {@link #result(Class)}).
         */
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

        public Instant ended() {
            return ended;
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

        /**
         * The result as the API shows it: the value the work ended with, or, read from the table, its JSON; null for a
         * file (downloaded from its own address) or no result.
         */
        public Object result() {
            if (result != null) {
                return result instanceof JobFile ? null : result;
            }
            if (resultJson == null) {
                return null;
            }
            try {
                return json.readTree(resultJson);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The result of job " + id + " is not JSON", e);
            }
        }

        /** The result if it was a {@code type} (a bulk import's report), read back from its JSON; null otherwise. */
        public <T> T result(Class<T> type) {
            if (result != null) {
                return type.isInstance(result) ? type.cast(result) : null;
            }
            if (resultJson == null || !type.getName().equals(resultType)) {
                return null;
            }
            try {
                return json.readValue(resultJson, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The result of job " + id + " is not a " + type.getSimpleName(), e);
            }
        }

        /** Whether the result is a file to download (an export). */
        public boolean download() {
            return result instanceof JobFile || fileName != null;
        }

        /** Seconds since it started (until it ended). */
        public long seconds() {
            return Math.max(0, Duration.between(started, ended == null ? Instant.now() : ended).toSeconds());
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

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    /** The jobs this instance runs, until their end is written. */
    private final Map<String, Job> running = new ConcurrentHashMap<>();
    // two workers: long work runs beside the requests, never more of it than the machine's two cores
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "parallax-job");
        t.setDaemon(true);
        return t;
    });
    // one thread writes the running jobs' progress and heartbeats, so the work never waits on the database for it
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parallax-job-progress");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;
    private volatile long pruned = System.nanoTime();

    @PostConstruct
    void startWriter() {
        writer.scheduleWithFixedDelay(this::writeProgress, 200, 200, TimeUnit.MILLISECONDS);
    }

    /** Starts {@code work} in the background; returns at once with the job to follow. */
    public Job start(String kind, String title, String owner, Work work) {
        return start(kind, title, owner, 0, work);
    }

    /** As {@link #start(String, String, String, Work)}, with the number of steps known beforehand. */
    public Job start(String kind, String title, String owner, int total, Work work) {
        prune();
        Job job = new Job(kind, title, owner);
        job.total(total);
        insert(job);
        running.put(job.id(), job);
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
                if (stopping) {
                    job.fail(STOPPED);
                } else {
                    LOG.errorf(e, "Job %s (%s) failed", job.id(), kind);
                    job.fail("The work stopped on an unexpected error; nothing more was done. The log has the details.");
                }
            } finally {
                ACTING.remove();
                writeEnd(job);
            }
        });
        return job;
    }

    /**
     * The job {@code id} if it belongs to {@code owner}; 404 otherwise, the same for another user's job (not shown)
     * as for one that never was or has expired.
     */
    public Job get(String id, String owner) {
        List<Job> found = id == null || id.length() > 36 ? List.of()
                : select("where id = ? and owner = ?", id, owner);
        if (found.isEmpty()) {
            throw new ApiException(404, "Job not found", "No job of yours has the id " + id + ": it is unknown, or it expired"
                    + " (a job is kept for an hour after it ends). If you still need the work, start it again;"
                    + " an import kept every story it had reported, each in its own transaction.");
        }
        return found.get(0);
    }

    /** The file an export job made, if the job is {@code owner}'s and made one; 404 otherwise. */
    public JobFile file(String id, String owner) {
        Job job = get(id, owner);
        if (job.result instanceof JobFile file) {
            return file;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select file_name, file_type, file_bytes from job where id = ? and owner = ?")) {
            q.setString(1, id);
            q.setString(2, owner);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    return new JobFile(rs.getString(1), rs.getString(2), rs.getBytes(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the file of job " + id, e);
        }
        throw ApiException.notFound("File of job", id);
    }

    /** The user's jobs, newest first. */
    public List<Job> of(String owner) {
        return select("where owner = ? order by started desc", owner);
    }

    private List<Job> select(String where, String... parameters) {
        Instant stale = Instant.now().minus(STALE_AFTER);
        List<Job> jobs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select id, kind, title, owner, started, ended, state, done, total, step,"
                     + " message, result_url, result_type, result_json, file_name, heartbeat from job " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Job job = new Job(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5));
                    job.ended = instant(rs, 6);
                    job.state = rs.getString(7);
                    job.done.set(rs.getInt(8));
                    job.total = rs.getInt(9);
                    job.step = rs.getString(10) == null ? "" : rs.getString(10);
                    job.message = rs.getString(11);
                    job.resultUrl = rs.getString(12);
                    job.resultType = rs.getString(13);
                    job.resultJson = rs.getString(14);
                    job.fileName = rs.getString(15);
                    job.json = json;
                    Instant heartbeat = instant(rs, 16);
                    if (job.running() && heartbeat.isBefore(stale)) {
                        job.state = Job.FAILED;
                        job.ended = heartbeat;
                        job.message = STOPPED;
                    }
                    jobs.add(job);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the jobs", e);
        }
        return jobs;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A time for a {@code timestamp with time zone} column: the same instant whatever each instance's time zone. */
    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The new job's row, committed at once (the caller's transaction may end later, or fail). */
    private void insert(Job job) {
        update("insert into job (id, kind, title, owner, started, state, done, total, step, heartbeat)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", q -> {
            q.setString(1, job.id());
            q.setString(2, job.kind());
            q.setString(3, job.title());
            q.setString(4, job.owner());
            q.setObject(5, at(job.started()));
            q.setString(6, Job.RUNNING);
            q.setInt(7, job.done.get());
            q.setInt(8, job.total);
            q.setString(9, job.step);
            q.setObject(10, at(Instant.now()));
        });
        job.dirty = false;
        job.written = System.nanoTime();
    }

    /** Writes the progress of running jobs that moved (at most every WRITE_EVERY) and the heartbeat of the others. */
    private void writeProgress() {
        try {
            long now = System.nanoTime();
            for (Job job : running.values()) {
                long since = now - job.written;
                if (job.running() && (job.dirty && since >= WRITE_EVERY.toNanos() || since >= HEARTBEAT_EVERY.toNanos())) {
                    writeProgress(job);
                }
            }
            if (now - pruned >= PRUNE_EVERY.toNanos()) {
                prune();
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not write the progress of the jobs; trying again");
        }
    }

    private void writeProgress(Job job) {
        synchronized (job) {
            job.dirty = false;
            // a row already ended stays as its end was written
            update("update job set done = ?, total = ?, step = ?, heartbeat = ? where id = ? and state = ?", q -> {
                q.setInt(1, job.done.get());
                q.setInt(2, job.total);
                q.setString(3, job.step);
                q.setObject(4, at(Instant.now()));
                q.setString(5, job.id());
                q.setString(6, Job.RUNNING);
            });
            job.written = System.nanoTime();
        }
    }

    /** The job's end: its state, message, result or file. */
    private void writeEnd(Job job) {
        try {
            String resultJson = null;
            String resultType = null;
            JobFile file = job.result instanceof JobFile f ? f : null;
            if (job.result != null && file == null) {
                resultJson = json.writeValueAsString(job.result);
                resultType = job.result.getClass().getName();
            }
            String storedJson = resultJson;
            String storedType = resultType;
            synchronized (job) {
                update("update job set state = ?, ended = ?, done = ?, total = ?, step = ?, message = ?, result_url = ?,"
                        + " result_type = ?, result_json = ?, file_name = ?, file_type = ?, file_bytes = ?, heartbeat = ? where id = ?", q -> {
                    q.setString(1, job.state);
                    q.setObject(2, at(job.ended == null ? Instant.now() : job.ended));
                    q.setInt(3, job.done.get());
                    q.setInt(4, job.total);
                    q.setString(5, job.step);
                    q.setString(6, job.message);
                    q.setString(7, job.resultUrl);
                    q.setString(8, storedType);
                    q.setString(9, storedJson);
                    q.setString(10, file == null ? null : file.name());
                    q.setString(11, file == null ? null : file.mediaType());
                    if (file == null) {
                        q.setNull(12, Types.VARBINARY);
                    } else {
                        q.setBytes(12, file.bytes());
                    }
                    q.setObject(13, at(Instant.now()));
                    q.setString(14, job.id());
                });
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // the row stays running without a heartbeat: after STALE_AFTER it shows as failed
            if (stopping) {
                LOG.warnf("Could not write the end of job %s (%s) while stopping: %s", job.id(), job.kind(), e.getMessage());
            } else {
                LOG.errorf(e, "Could not write the end of job %s (%s)", job.id(), job.kind());
            }
        } finally {
            running.remove(job.id());
        }
    }

    /** Deletes the rows of jobs ended over KEEP ago (with their files), and the oldest ended ones beyond MAX_JOBS. */
    void prune() {
        pruned = System.nanoTime();
        Instant now = Instant.now();
        try {
            // a job whose instance stopped ends as it is shown: failed, when it was last heard of
            update("update job set state = ?, ended = heartbeat, message = ? where state = ? and heartbeat < ?", q -> {
                q.setString(1, Job.FAILED);
                q.setString(2, STOPPED);
                q.setString(3, Job.RUNNING);
                q.setObject(4, at(now.minus(STALE_AFTER)));
            });
            update("delete from job where ended < ?", q -> q.setObject(1, at(now.minus(KEEP))));
            List<String> beyond = new ArrayList<>();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement q = c.prepareStatement("select id from job where ended is not null order by ended desc offset "
                         + MAX_JOBS + " rows");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    beyond.add(rs.getString(1));
                }
            }
            for (String id : beyond) {
                update("delete from job where id = ?", q -> q.setString(1, id));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf(e, "Could not delete the expired jobs; trying again later");
        }
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement q) throws SQLException;
    }

    /** One statement in a transaction of its own: never part of the work's (or the request's) transaction. */
    private void update(String sql, Parameters parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
                parameters.set(q);
                q.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write a job: " + sql, e);
            }
        });
    }

    @PreDestroy
    void stop() {
        stopping = true;
        writer.shutdownNow();
        workers.shutdownNow();
        // said now rather than 30 s from now, when the database is still there to hear it
        for (Job job : running.values()) {
            if (job.running()) {
                job.fail(STOPPED);
                writeEnd(job);
            }
        }
    }
}
