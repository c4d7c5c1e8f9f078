package cutover.migration.ui.wave;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import cutover.core.mfaserver.MfaServerUser;

/** {@code cutover bench ui}'s hands on the Group view: the same widgets and code paths a person's clicks reach. */
final class WavePartBench implements WaveBenchDriver {

    private final WavePart view;

    WavePartBench(WavePart view) {
        this.view = view;
    }

    @Override
    public void useExport(List<MfaServerUser> export) {
        view.session().export(export, Path.of("bench-export"));
    }

    @Override
    public void list(String name) {
        view.groupField().setText(name);
        view.listGroup();
    }

    @Override
    public int rowCount() {
        return view.table().rows().size();
    }

    @Override
    public boolean screenMethodsRead() {
        return view.table().onScreen().stream().limit(30).allMatch(cutover.migration.WaveUser::methodsRead);
    }

    @Override
    public int methodsRead() {
        return view.session().wave() == null ? 0 : view.session().wave().methodsRead();
    }

    @Override
    public void scrollTo(int row) {
        view.table().scrollTo(row);
    }

    @Override
    public List<String> sortableColumns() {
        return Arrays.stream(WaveColumn.values()).map(WaveColumn::label).toList();
    }

    @Override
    public void sortBy(String column) {
        view.table().sortBy(Arrays.stream(WaveColumn.values()).filter(c -> c.label().equals(column)).findFirst()
                .orElseThrow());
    }

    @Override
    public void filter(String text) {
        view.filterField().setText(text);
    }

    @Override
    public long rowsVersion() {
        return view.rowsShown();
    }

    @Override
    public void stopReading() {
        view.stopReadingMethods();
    }
}
