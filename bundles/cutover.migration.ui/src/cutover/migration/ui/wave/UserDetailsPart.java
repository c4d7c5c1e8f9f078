package cutover.migration.ui.wave;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.PlanAction;
import cutover.core.tenant.EntraUser;
import cutover.migration.WavePlan;
import cutover.migration.WaveUser;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.ui.UserLinks;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The member in focus in the Group view: both sides, the planned actions with their rules, and the journal. */
public class UserDetailsPart {

    public static final String PART_ID = "cutover.migration.ui.part.details";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    private WaveSession session;
    @Inject
    private org.eclipse.e4.core.services.events.IEventBroker events;

    private Text text;
    private Button auditHistory;
    private final java.util.function.Consumer<WaveSession.Change> onChange = change -> {
        if ((change == WaveSession.Change.FOCUS || change == WaveSession.Change.PLAN) && !text.isDisposed()) {
            show(session.focus());
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        auditHistory = WidgetIds.tag(new Button(parent, SWT.PUSH), "details.auditHistory");
        auditHistory.setText("&Audit history");
        auditHistory.setToolTipText("Every change Entra ID audited and Cutover wrote for this member, in the Audit "
                + "perspective (Ctrl+3)");
        auditHistory.setEnabled(false);
        auditHistory.addListener(SWT.Selection, e -> {
            if (session.focus() != null) {
                events.send(UserLinks.SHOW_AUDIT, session.focus().upn());
            }
        });
        text = WidgetIds.tag(new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL), "details.text");
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setText("Select a member in the Group view.");
        session.addListener(onChange);
    }

    private void show(WaveUser user) {
        auditHistory.setEnabled(user != null);
        if (user == null) {
            text.setText("Select a member in the Group view.");
            return;
        }
        StringBuilder out = new StringBuilder();
        describe(user, out);
        text.setText(out + "\nHistory: reading the journal…");
        String before = out.toString();
        var workspace = session.workspace();
        Job job = Job.create("Reading the history of " + user.upn(), monitor -> {
            String history;
            try (Journal journal = Journal.openWaiting(workspace, WaveJobs.JOURNAL_PATIENCE)) {
                history = history(journal.entriesOfUser(user.entra().objectId()));
            } catch (InterruptedException | RuntimeException e) {
                history = "cannot read the journal: " + e.getMessage();
            }
            String shown = before + "\nHistory (journal):\n" + history;
            text.getDisplay().asyncExec(() -> {
                if (!text.isDisposed() && session.focus() == user) {
                    text.setText(shown);
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private void describe(WaveUser user, StringBuilder out) {
        EntraUser entra = user.entra();
        out.append(user.upn()).append("   (Entra object id ").append(entra.objectId()).append(")\n");
        out.append("Matched by: ").append(user.matchLabel()).append("   Status: ").append(user.change().label());
        if (user.migratedAt() != null) {
            out.append(" at ").append(TIME.format(user.migratedAt()));
        }
        out.append("\n\nMFA Server\n");
        MfaServerUser mfa = user.mfa();
        if (mfa == null) {
            out.append("  no data in the export\n");
        } else {
            out.append("  default method: ").append(mfa.defaultMethod().label()).append('\n');
            out.append("  phone: ").append(mfa.phone() == null ? "—" : mfa.phone().display()).append('\n');
            out.append("  backup phone: ").append(mfa.backupPhone() == null ? "—" : mfa.backupPhone().display())
                    .append('\n');
            out.append("  Authenticator devices: ").append(mfa.deviceCount()).append('\n');
            out.append("  OATH token: ").append(mfa.oathTokenSerial() == null ? "—" : mfa.oathTokenSerial())
                    .append('\n');
        }
        out.append("\nEntra ID\n");
        if (!user.methodsRead()) {
            out.append("  methods not read yet (they are read when the member is planned, or with Entra columns on)\n");
        } else {
            out.append("  default method: ").append(entra.systemPreferredEnabled() ? "system-preferred"
                    : entra.defaultMethod() == null ? "—" : entra.defaultMethod().graphName()).append('\n');
            entra.phones().forEach(p -> out.append("  ").append(p.type().graphName()).append(" phone: ")
                    .append(p.phoneNumber()).append('\n'));
            out.append("  Authenticator registrations: ").append(entra.authenticatorDevices().size()).append('\n');
            out.append("  hardware OATH: ").append(entra.hardwareOath().size()).append(", software OATH: ")
                    .append(entra.softwareOath().size()).append('\n');
        }
        planned(user, out);
    }

    private void planned(WaveUser user, StringBuilder out) {
        WavePlan plan = session.plan();
        int index = plan == null ? -1 : plan.users().indexOf(user);
        out.append("\nPlanned actions\n");
        if (index < 0) {
            out.append("  not in the last plan\n");
            return;
        }
        List<PlanAction> actions = plan.plan().actionsOfUser(index);
        if (actions.isEmpty()) {
            out.append("  none\n");
        }
        for (PlanAction action : actions) {
            out.append("  ").append(action.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append("  ").append(action.operation() == null ? "(no API)" : action.operation().toString())
                    .append("  [").append(action.rule().id()).append("] ").append(action.reason()).append('\n');
        }
    }

    private static String history(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return "  nothing written for this member yet\n";
        }
        StringBuilder out = new StringBuilder();
        for (JournalEntry entry : entries) {
            out.append("  run ").append(entry.runId()).append("  ").append(TIME.format(entry.updatedAt()))
                    .append("  ").append(entry.state().name().toLowerCase(java.util.Locale.ROOT)).append("  ")
                    .append(entry.write().httpMethod()).append(' ').append(entry.write().path()).append("  [")
                    .append(entry.write().rule()).append(']');
            if (entry.error() != null) {
                out.append("  ").append(entry.error());
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The text shown now (for tests). */
    public String shownText() {
        return text.getText();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(onChange);
    }
}
