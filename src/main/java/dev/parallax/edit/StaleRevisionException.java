package dev.parallax.edit;

import dev.parallax.common.ApiException;

/** A save based on a revision that is no longer current: 409 with the current text, so nothing is overwritten. */
public class StaleRevisionException extends ApiException {

    private final int currentRevision;
    private final String currentText;
    private final String currentStatus;

    public StaleRevisionException(int baseRevision, int currentRevision, String currentText, String currentStatus) {
        super(409, "Stale revision", "This save is based on revision " + baseRevision + " but the paragraph is at revision "
                + currentRevision + "; your text is kept in its history. Merge and save again with baseRevision "
                + currentRevision + ".");
        this.currentRevision = currentRevision;
        this.currentText = currentText;
        this.currentStatus = currentStatus;
    }

    public int currentRevision() {
        return currentRevision;
    }

    public String currentText() {
        return currentText;
    }

    public String currentStatus() {
        return currentStatus;
    }

    /** The API's 409 body: the error, and the paragraph as it now stands, to merge with. */
    @Override
    public Object body() {
        return new Conflict(error(), detail(), new Current(currentRevision, currentText, currentStatus));
    }

    /** The paragraph as it now stands. */
    public record Current(int revision, String text, String status) {
    }

    /** The 409 body: the error, and the paragraph as it now stands, to merge with. */
    public record Conflict(String error, String detail, Current current) {
    }
}
