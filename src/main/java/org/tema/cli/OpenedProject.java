package org.tema.cli;

import java.nio.file.Path;
import org.tema.app.AutomaticBackup;
import org.tema.app.Project;

/**
 * Opens a project for a command that changes it, and first makes the automatic backup if one is
 * due (decision 0020); commands that only read open it plainly. A backup that fails is one warning
 * line on stderr; the command goes on.
 */
final class OpenedProject {
    private OpenedProject() {
    }

    static Project open(Path path, Console console) {
        Project p = Project.open(path);
        AutomaticBackup.standard().run(p).failure().ifPresent(reason ->
                console.err().println("tema: warning: no automatic backup of " + path.getFileName() + " was made: " + reason));
        return p;
    }
}
