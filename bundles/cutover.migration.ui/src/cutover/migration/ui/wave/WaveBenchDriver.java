package cutover.migration.ui.wave;

import java.util.List;

import cutover.core.mfaserver.MfaServerUser;

/**
 * What {@code cutover bench ui} does to the Group view, the way a person would: every method runs on the UI
 * thread and goes through the same code paths as the view's own widgets.
 */
public interface WaveBenchDriver {

    void useExport(List<MfaServerUser> export);

    /** Types the group's name and presses Enter. */
    void list(String group);

    int rowCount();

    /** Whether every row on screen shows its Entra methods. */
    boolean screenMethodsRead();

    int methodsRead();

    void scrollTo(int row);

    List<String> sortableColumns();

    /** Clicks the column's header. */
    void sortBy(String column);

    void filter(String text);

    /** Stops reading Entra methods (before the local tenant goes away). */
    void stopReading();

    /** Grows each time the table shows a newly filtered or sorted set of rows. */
    long rowsVersion();
}
