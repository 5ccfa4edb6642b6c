package org.tema.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The backup made when a project has been opened, if one is due (decision 0020). It never stops
 * the project from opening: a failure is returned as a warning for the window or the command line
 * to show. Projects inside the shipped sample material are not backed up, so that folder stays as
 * shipped.
 */
public final class AutomaticBackup {
    private final Clock clock;
    private final Optional<Path> sampleData;

    public AutomaticBackup(Clock clock, Optional<Path> sampleData) {
        this.clock = clock;
        this.sampleData = sampleData.map(p -> p.toAbsolutePath().normalize());
    }

    /** With the system clock, sparing the sample material found beside the program. */
    public static AutomaticBackup standard() {
        return new AutomaticBackup(Clock.systemDefaultZone(), DemoProject.locateSampleData());
    }

    /** What happened: a backup made, none due, or a failure with its reason. */
    public record Outcome(Optional<Backup> made, Optional<String> failure) {
        static Outcome notDue() {
            return new Outcome(Optional.empty(), Optional.empty());
        }
    }

    public Outcome run(Project project) {
        if (insideSampleData(project.path())) {
            return Outcome.notDue();
        }
        try {
            return new Outcome(new Backups(project, clock).backUpIfDue(), Optional.empty());
        } catch (RuntimeException e) {
            return new Outcome(Optional.empty(), Optional.of(reason(e)));
        }
    }

    private boolean insideSampleData(Path project) {
        Path p = project.toAbsolutePath().normalize();
        return sampleData.map(p::startsWith).orElse(false);
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
