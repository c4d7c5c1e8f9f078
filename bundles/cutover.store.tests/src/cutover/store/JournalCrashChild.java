package cutover.store;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link JournalCrashTest}: records a run, confirms its first write, sends its second,
 * then dies at once (no close, no shutdown hooks), as a killed process would. With the argument {@code hold} it
 * keeps the journal open until killed instead.
 */
public final class JournalCrashChild {

    private JournalCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Journal journal = Journal.open(Path.of(args[0]));
        if (args.length > 1 && args[1].equals("hold")) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
            return;
        }
        long run = journal.startRun(RunKind.APPLY, null, "tenant-1", "plan.json", JournalTest.writes(3));
        journal.sent(run, 0);
        journal.confirmed(run, 0, "created-0");
        journal.sent(run, 1);
        System.out.println(run);
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
