package org.tema.app;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup copy of a project: its file, when it was made (local time, to the minute, from its name), and its size in bytes. */
public record Backup(Path path, LocalDateTime made, long size) {
}
