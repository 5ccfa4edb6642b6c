package org.tema.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tema.io.AtomicFiles;
import org.tema.io.refi.ExchangeReport;
import org.tema.io.refi.QdaToTema;
import org.tema.io.refi.QdpxReader;
import org.tema.io.refi.QdpxWriter;
import org.tema.io.refi.TemaToQda;
import org.tema.io.refi.ZipLimits;
import org.tema.store.ProjectFileException;

/** Exchange of whole projects with other programs as REFI-QDA {@code .qdpx} files. */
public final class ExchangeProject {
    private final Project project;

    public ExchangeProject(Project project) {
        this.project = project;
    }

    /** Writes the whole project; the target file is either complete or left as it was. */
    public ExchangeReport exportQdpx(Path out) throws IOException {
        TemaToQda.Export export = TemaToQda.read(project.stores().file(), project.name());
        AtomicFiles.write(out, stream -> QdpxWriter.write(export, stream));
        ExchangeReport report = new ExchangeReport("Exported the project to " + out.getFileName());
        var p = export.project();
        report.add("coders (users)", p.users().size());
        report.add("codes", p.allCodes().size());
        report.add("participants (cases)", p.cases().size());
        report.add("variables", p.variables().size());
        report.add("documents (text sources)", p.textSources().size());
        report.add("coded passages (selections)", p.selectionCount());
        report.add("memos, summaries and journal entries (notes)", p.notes().size());
        report.add("categories and document groups (sets)", p.sets().size());
        long turns = project.stores().turns().count();
        if (turns > 0) {
            report.skipped(turns + " speaker turn(s): REFI-QDA has no speaker turns; participants are linked to the "
                    + "documents they speak in");
        }
        long marked = project.stores().segments().list().stream().filter(s -> s.inReport()).count();
        if (marked > 0) {
            report.skipped(marked + " «use in report» mark(s) on passages: REFI-QDA has no place for them");
        }
        return report;
    }

    /** Makes a new project from a REFI-QDA project; on failure no new file is left behind. */
    public static ExchangeReport importQdpx(Path in, Path newProject) throws IOException {
        return importQdpx(in, newProject, ZipLimits.DEFAULT);
    }

    public static ExchangeReport importQdpx(Path in, Path newProject, ZipLimits limits) throws IOException {
        if (Files.exists(newProject)) {
            throw new ProjectFileException(newProject, "a file of that name already exists; choose another name");
        }
        return QdpxReader.read(in, limits, (qda, files) -> {
            ExchangeReport report = new ExchangeReport("Imported " + in.getFileName() + " (from "
                    + (qda.origin().isBlank() ? "an unnamed program" : qda.origin()) + ") into " + newProject.getFileName());
            boolean done = false;
            try (Project p = Project.create(newProject)) {
                p.stores().file().transactions().call(() -> {
                    try {
                        QdaToTema.fill(p.stores().file(), qda, files, report);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return null;
                });
                done = true;
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            } finally {
                if (!done) {
                    deleteProjectFiles(newProject);
                }
            }
            return report;
        });
    }

    private static void deleteProjectFiles(Path project) throws IOException {
        Files.deleteIfExists(project);
        Files.deleteIfExists(Path.of(project + "-wal"));
        Files.deleteIfExists(Path.of(project + "-shm"));
    }
}
