package dev.parallax.intake.api;

import dev.parallax.common.ApiException;
import dev.parallax.intake.Changes;
import dev.parallax.intake.api.IntakeJson.ChangeEntry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Recent changes outlets made to watched pages, across stories or for one ({@code ?story=}). */
@Path("/api/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesApi {

    @Inject
    Changes changes;


    /** Changed snapshots since {@code since} (an ISO date or date-time; default: the last 7 days), newest first, at most 200. */
    @GET
    public List<ChangeEntry> changes(@QueryParam("since") String since, @QueryParam("story") Long story) {
        return changes.recent(since(since), story).stream().map(i -> new ChangeEntry(i.version().story.id, i.version().story.title,
                i.version().id, i.version().outlet, i.version().language, i.snapshot().number, i.snapshot().fetchedAt, i.snapshot().flags,
                i.snapshot().applied, i.snapshot().url)).toList();
    }


    public static OffsetDateTime since(String since) {
        if (since == null || since.isBlank()) {
            return OffsetDateTime.now(ZoneOffset.UTC).minusDays(7);
        }
        try {
            return OffsetDateTime.parse(since.strip());
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(since.strip()).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw ApiException.badRequest("Invalid since", "'" + since + "' is not an ISO date or date-time such as 2022-05-08.");
            }
        }
    }
}
